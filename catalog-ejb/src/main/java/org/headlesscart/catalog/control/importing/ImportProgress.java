package org.headlesscart.catalog.control.importing;

/** Told by {@link ImportRun} how far an import is: the rows to write, then each row once written or refused. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void started(int rows) {
        }

        @Override
        public void rowDone() {
        }
    };

    void started(int rows);

    void rowDone();
}
