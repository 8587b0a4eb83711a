-- Demo store: tax rates a new user can try (docs/tax-and-shipping-admin.md). US state sales taxes (state-wide
-- base rates only; local rates vary by city and are left out), UK VAT in its three classes, and the standard VAT
-- of five EU countries with two reduced rates. Whether a state taxes shipping is simplified to one flag.

INSERT INTO tax_rate (country, state, rate, name, priority, compound, shipping, rate_order, tax_class) VALUES
    ('US', 'CA', 7.2500, 'CA Tax', 1, FALSE, FALSE, 1, ''),
    ('US', 'NY', 4.0000, 'NY Tax', 1, FALSE, TRUE, 2, ''),
    ('US', 'IL', 6.2500, 'IL Tax', 1, FALSE, FALSE, 3, ''),
    ('US', 'TX', 6.2500, 'TX Tax', 1, FALSE, TRUE, 4, ''),
    ('US', 'FL', 6.0000, 'FL Tax', 1, FALSE, TRUE, 5, ''),
    ('US', 'WA', 6.5000, 'WA Tax', 1, FALSE, TRUE, 6, ''),
    ('US', 'PA', 6.0000, 'PA Tax', 1, FALSE, TRUE, 7, ''),
    ('US', 'MA', 6.2500, 'MA Tax', 1, FALSE, FALSE, 8, ''),
    ('US', 'NJ', 6.6250, 'NJ Tax', 1, FALSE, TRUE, 9, ''),
    ('GB', '', 20.0000, 'VAT', 1, FALSE, TRUE, 10, ''),
    ('GB', '', 5.0000, 'VAT', 1, FALSE, TRUE, 11, 'reduced-rate'),
    ('GB', '', 0.0000, 'VAT', 1, FALSE, TRUE, 12, 'zero-rate'),
    ('DE', '', 19.0000, 'MwSt.', 1, FALSE, TRUE, 13, ''),
    ('DE', '', 7.0000, 'MwSt.', 1, FALSE, TRUE, 14, 'reduced-rate'),
    ('FR', '', 20.0000, 'TVA', 1, FALSE, TRUE, 15, ''),
    ('FR', '', 5.5000, 'TVA', 1, FALSE, TRUE, 16, 'reduced-rate'),
    ('NL', '', 21.0000, 'BTW', 1, FALSE, TRUE, 17, ''),
    ('IT', '', 22.0000, 'IVA', 1, FALSE, TRUE, 18, ''),
    ('ES', '', 21.0000, 'IVA', 1, FALSE, TRUE, 19, '');
