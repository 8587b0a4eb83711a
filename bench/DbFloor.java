import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database floor of a cart write: the statements of one add-item into an existing cart, sent by plain JDBC
 * threads with no HTTP, JAX-RS, CDI, EJB or JPA in front of them. Whatever this reaches on a machine is more than the
 * store's add-item can reach on it, so it tells a throughput target that the database alone cannot carry from one
 * that the application misses.
 *
 * <p>Run by {@code bench/run-db-floor.sh}; by hand:
 * {@code java -cp mysql-connector-j.jar bench/DbFloor.java <mode> <threads> <seconds> <mariadbd pid> <cart key>...}.
 * Modes, each one transaction per operation on a cart picked at random:
 * <ul>
 * <li>{@code cart-write}: what MariaDB's general log shows for the store's add-item, statement for statement:
 *     {@code SET autocommit=0}, the locking join of the cart and its lines, UPDATE of the line, versioned UPDATE of
 *     the cart, {@code COMMIT}, {@code SET autocommit=1} (6 round trips);</li>
 * <li>{@code no-autocommit-pair}: the same without the autocommit pair that the container's local transactions send
 *     (4 round trips), as if the connection stayed in a transaction between uses;</li>
 * <li>{@code blind-write}: no read at all, ids known in advance: UPDATE of the cart, UPDATE of a line,
 *     {@code COMMIT} (3 round trips): the least a durable change of a cart and a line can send.</li>
 * </ul>
 * Prints transactions per second, p50 and p99 latency, and the CPU milliseconds per transaction of mariadbd and of
 * this JVM (from {@code /proc/<pid>/stat}, in clock ticks of 10 ms).
 */
public final class DbFloor {

    private static final String LOCK_CART = "select c1_0.id,c1_0.cart_key,c1_0.created_at,c1_0.billing_address_1,"
            + "c1_0.billing_address_2,c1_0.billing_city,c1_0.billing_company,c1_0.billing_country,c1_0.billing_email,"
            + "c1_0.billing_first_name,c1_0.billing_last_name,c1_0.billing_phone,c1_0.billing_postcode,"
            + "c1_0.billing_state,c1_0.shipping_address_1,c1_0.shipping_address_2,c1_0.shipping_city,"
            + "c1_0.shipping_company,c1_0.shipping_country,c1_0.shipping_first_name,c1_0.shipping_last_name,"
            + "c1_0.shipping_postcode,c1_0.shipping_state,c1_0.expires_at,c1_0.expiring_at,i1_0.cart_id,i1_0.id,"
            + "i1_0.custom_price_minor,i1_0.item_data_json,i1_0.item_key,i1_0.position,i1_0.product_id,i1_0.quantity,"
            + "i1_0.removed,i1_0.variation_id,i1_0.variation_json,c1_0.modified_at,c1_0.next_position,c1_0.source,"
            + "c1_0.total_minor,c1_0.user_id,c1_0.version from cart c1_0 left join cart_item i1_0 on "
            + "c1_0.id=i1_0.cart_id where c1_0.cart_key=? for update";
    private static final int COLUMNS = 42;
    private static final String UPDATE_LINE =
            "update cart_item set custom_price_minor=?,position=?,quantity=?,removed=? where id=?";
    private static final String UPDATE_CART = "update cart set billing_address_1=?,billing_address_2=?,"
            + "billing_city=?,billing_company=?,billing_country=?,billing_email=?,billing_first_name=?,"
            + "billing_last_name=?,billing_phone=?,billing_postcode=?,billing_state=?,shipping_address_1=?,"
            + "shipping_address_2=?,shipping_city=?,shipping_company=?,shipping_country=?,shipping_first_name=?,"
            + "shipping_last_name=?,shipping_postcode=?,shipping_state=?,expires_at=?,expiring_at=?,modified_at=?,"
            + "next_position=?,source=?,total_minor=?,user_id=?,version=? where id=? and version=?";
    private static final String BLIND_CART =
            "update cart set modified_at=?,total_minor=total_minor+1,version=version+1 where id=?";
    private static final String BLIND_LINE = "update cart_item set quantity=quantity+1 where id=?";
    private static final String IDS =
            "select c.id, min(i.id) from cart c join cart_item i on i.cart_id = c.id where c.cart_key = ? group by c.id";

    private static final int WARM_UP_SECONDS = 5;

    private DbFloor() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            throw new IllegalArgumentException("usage: DbFloor <mode> <threads> <seconds> <mariadbd pid> <cart key>...");
        }
        String mode = args[0];
        int threads = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        String dbPid = args[3];
        List<String> keys = List.of(args).subList(4, args.length);
        // The store's own Connector/J settings (HeadlessCartDataSource), so that each statement costs what it costs
        // there.
        String url = System.getenv().getOrDefault("HEADLESSCART_BENCH_DB_URL",
                "jdbc:mysql://127.0.0.1:3307/headlesscart?sslMode=DISABLED")
                + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useServerPrepStmts=true"
                + "&cachePrepStmts=true&prepStmtCacheSqlLimit=8192&prepStmtCacheSize=500&useLocalSessionState=true"
                + "&sessionVariables=transaction_isolation='READ-COMMITTED'&characterEncoding=UTF-8";
        long[][] ids = ids(url, keys);

        AtomicBoolean measuring = new AtomicBoolean();
        AtomicBoolean stop = new AtomicBoolean();
        long[] latencies = new long[10_000_000];
        AtomicInteger count = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        String user = System.getenv().getOrDefault("HEADLESSCART_BENCH_DB_USER", "root");
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> {
                try (Connection connection = DriverManager.getConnection(url, user, "")) {
                    Operation operation = operation(mode, connection);
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    while (!stop.get()) {
                        int cart = random.nextInt(keys.size());
                        long start = System.nanoTime();
                        operation.run(keys.get(cart), ids[cart]);
                        if (measuring.get()) {
                            int i = count.getAndIncrement();
                            if (i < latencies.length) {
                                latencies[i] = System.nanoTime() - start;
                            }
                        }
                    }
                } catch (SQLException e) {
                    e.printStackTrace();
                    System.exit(1);
                }
            });
            workers.add(worker);
            worker.start();
        }
        Thread.sleep(WARM_UP_SECONDS * 1000L);
        long dbStart = cpuTicks(dbPid);
        long selfStart = cpuTicks("self");
        long started = System.nanoTime();
        measuring.set(true);
        Thread.sleep(seconds * 1000L);
        measuring.set(false);
        long elapsed = System.nanoTime() - started;
        long dbTicks = cpuTicks(dbPid) - dbStart;
        long selfTicks = cpuTicks("self") - selfStart;
        stop.set(true);
        for (Thread worker : workers) {
            worker.join();
        }
        int n = Math.min(count.get(), latencies.length);
        long[] sorted = Arrays.copyOf(latencies, n);
        Arrays.sort(sorted);
        System.out.printf("%-19s %3d threads %7.0f tx/s  p50 %6.2f ms  p99 %6.2f ms  mariadbd %.3f ms/tx  client %.3f ms/tx%n",
                mode, threads, n * 1e9 / elapsed, sorted[n / 2] / 1e6, sorted[(int) (n * 0.99)] / 1e6,
                dbTicks * 10.0 / n, selfTicks * 10.0 / n);
    }

    /** One cart write, by cart key and by the {cart id, first line id} pair looked up before the run. */
    private interface Operation {
        void run(String key, long[] ids) throws SQLException;
    }

    private static Operation operation(String mode, Connection connection) throws SQLException {
        return switch (mode) {
            case "cart-write" -> lockedWrite(connection, true);
            case "no-autocommit-pair" -> {
                connection.setAutoCommit(false);
                yield lockedWrite(connection, false);
            }
            case "blind-write" -> {
                connection.setAutoCommit(false);
                PreparedStatement cart = connection.prepareStatement(BLIND_CART);
                PreparedStatement line = connection.prepareStatement(BLIND_LINE);
                yield (key, ids) -> {
                    cart.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
                    cart.setLong(2, ids[0]);
                    cart.executeUpdate();
                    line.setLong(1, ids[1]);
                    line.executeUpdate();
                    connection.commit();
                };
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        };
    }

    private static Operation lockedWrite(Connection connection, boolean autocommitPair) throws SQLException {
        PreparedStatement lock = connection.prepareStatement(LOCK_CART);
        PreparedStatement line = connection.prepareStatement(UPDATE_LINE);
        PreparedStatement cart = connection.prepareStatement(UPDATE_CART);
        return (key, ids) -> {
            if (autocommitPair) {
                connection.setAutoCommit(false);
            }
            lock.setString(1, key);
            long cartId = 0;
            long lineId = 0;
            long version = 0;
            BigDecimal quantity = BigDecimal.ZERO;
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    for (int column = 1; column <= COLUMNS; column++) {
                        rows.getObject(column);   // Hibernate reads every column of every row
                    }
                    cartId = rows.getLong(1);
                    lineId = rows.getLong(27);
                    quantity = rows.getBigDecimal(33);
                    version = rows.getLong(42);
                }
            }
            line.setNull(1, Types.BIGINT);
            line.setInt(2, 0);
            line.setBigDecimal(3, quantity.add(BigDecimal.ONE));
            line.setBoolean(4, false);
            line.setLong(5, lineId);
            line.executeUpdate();
            for (int column = 1; column <= 20; column++) {
                cart.setString(column, "");
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            cart.setTimestamp(21, now);
            cart.setTimestamp(22, now);
            cart.setTimestamp(23, now);
            cart.setInt(24, 1);
            cart.setString(25, "cocart");
            cart.setLong(26, 5000);
            cart.setNull(27, Types.BIGINT);
            cart.setLong(28, version + 1);
            cart.setLong(29, cartId);
            cart.setLong(30, version);
            if (cart.executeUpdate() != 1) {
                throw new SQLException("cart " + key + " changed under its row lock");
            }
            connection.commit();
            if (autocommitPair) {
                connection.setAutoCommit(true);
            }
        };
    }

    private static long[][] ids(String url, List<String> keys) throws SQLException {
        long[][] ids = new long[keys.size()][];
        try (Connection connection = DriverManager.getConnection(url,
                System.getenv().getOrDefault("HEADLESSCART_BENCH_DB_USER", "root"), "");
                PreparedStatement query = connection.prepareStatement(IDS)) {
            for (int i = 0; i < keys.size(); i++) {
                query.setString(1, keys.get(i));
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalArgumentException("no cart with a line under key " + keys.get(i));
                    }
                    ids[i] = new long[] {row.getLong(1), row.getLong(2)};
                }
            }
        }
        return ids;
    }

    /** User plus system CPU time of a process, in clock ticks; "self" is this JVM. */
    private static long cpuTicks(String pid) throws java.io.IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
