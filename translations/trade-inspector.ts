<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Trade Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect, review and back up a trading robot&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Inspector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1 (file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditCollector</name>
    <message>
        <source>%1 more findings of this kind (the first %2 are listed one by one above)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditFindingsModel</name>
    <message>
        <source>No findings: the data agrees with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> … (+%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows of %2: %3
Double-click to show them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data contradicts itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal, but worth a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Checks that the robot&apos;s orders, trades, positions and sessions agree with each other. Errors are data that contradicts itself; notes are legal but worth a look. Double-click a finding to see its rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Run audit” to check this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>cannot delete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Backup directory (default: backups/ next to an SQLite file, else under the user&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database (SQLite online backup or pg_dump -Fc) into DIR, verify it and write its sidecar; print the backup&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupFiles</name>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL custom-format archive (pg_dump -Fc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind of file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>Backup cancelled; no file was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk holding %1 has %2 free; the backup needs up to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <source>SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (safety backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (no sidecar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robot&apos;s own copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSidecar</name>
    <message>
        <source>not a Trade Inspector backup sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid row count for %1 in the backup sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid backup size in the backup sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 is not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>the archive cannot be read to its end (truncated or damaged): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite file is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row counts differ from the sidecar&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no data for table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a backup: neither an SQLite database nor a pg_dump custom-format archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its sidecar is unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sidecar describes a %1 but the file is a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is %1 bytes but was %2 when it was made: truncated or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SHA-256 does not match the sidecar&apos;s: the file is corrupted or was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 matches the sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sidecar checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tables, %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check passed when it was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>Backups in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: %1; source: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (no sidecar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every backup now (checksum, integrity check or pg_restore --list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one backup failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups in the backup directory (those made here and the robot&apos;s own) with time, size, source, row counts and verified state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to back it up or restore one of its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reading…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1 yet.
Back up now (%2): the copy is consistent even while the robot writes, and it is verified before it is listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 before restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and its description? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <source>preparing the insert into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserting into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips closed in the window, grouped by the opening fill&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills executed in the window (the robot&apos;s trades).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate (trips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L (trips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseEmptyState</name>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter of this page (Esc in the filter bar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the robot&apos;s database to browse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot has not created the %1 table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It appears when the robot writes its first %1. Refresh (F5) to look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 match these filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseExporter</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered, sorted rows to CSV or JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the selected row&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload this table, keeping the selection (F5 reloads all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the order this trade filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show trades for symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every trade of this position&apos;s symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows from the audit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseStatusRow</name>
    <message>
        <source>Rows the robot wrote since the last look; click to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text search reads the whole table, so it can take a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 new row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTableView</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with &amp;headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; drag to reorder; right-click to show or hide columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>No closed trades in this range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>No findings.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finding(s), %2 error(s).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit needs all of the robot&apos;s tables (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit the robot&apos;s data for contradictions: orders against fills, trade values, positions, session statistics, timestamps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database URL or SQLite file (default: $DATABASE_URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Stored figures are compared for a whole session only, without a symbol or strategy filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot stored none of these figures for this session: nothing to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one stored figure agrees within rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 stored figures agree within rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure contradicts the trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures contradict the trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 figure differs from our definition (the robot&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 figures differ from our definitions (the robot&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades (fills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winning fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total P&amp;L (gross realized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate (closing fills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills executed in the session window (ends inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing fills in the window with gross FIFO realized P&amp;L &gt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing fills in the window with gross FIFO realized P&amp;L &lt; 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross FIFO realized P&amp;L of the closing fills in the window, before commission; lots from the symbol&apos;s whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission of the fills in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 × winning / (winning + losing) fills; 0 without either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting_balance + net realized P&amp;L. Informational: the robot may count unrealized P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest fall of realized net equity below its peak, % of starting_balance. Informational: the robot&apos;s definition may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs (robot&apos;s definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees (rounding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored minus recomputed. Up to %1 apart is rounding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 Tolerance %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored (robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputed (trades)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How we recompute it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQ&amp;Lite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post&amp;greSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path/to/trading_robot.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only; the robot may keep writing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trading_robot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the password empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the password in the system keyring, never in a file of Trade Inspector&apos;s. Untick to forget it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed password is kept in memory for this session unless you tick Remember. Leave it empty to use PGPASSWORD or ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring (Secret Service or KWallet) is available, so passwords cannot be remembered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is available: the password is asked for each time. To avoid typing it, leave it empty and put it in ~/.pgpass (or PGPASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection works: %1 %2, %3 of %4 robot tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Robot&apos;s SQLite Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSpec</name>
    <message>
        <source>an SQLite URL starts with sqlite:/// (three slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite URL has no host: write sqlite:///file.db (three slashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SQLite URL names no database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PostgreSQL URL looks like postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unclosed &apos;[&apos; in the host of the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the host in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database name may not contain &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sslmode &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PostgreSQL URL names no database (postgresql://user@host:5432/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database given: pass --database or set DATABASE_URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database URL contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported database type &quot;%1&quot;: use sqlite:/// or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountText</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 %2 (estimate, counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DailyPnlChart</name>
    <message>
        <source>Daily P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with closed trades from %1 to %2; total %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Realized P&amp;L per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realized P&amp;L per week (days merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realized P&amp;L per month (days merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Realized P&amp;L per year (days merged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Realized P&amp;L: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with closed trades</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseConnection</name>
    <message>
        <source>the Qt SQL driver %1 is not installed (Debian package %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such SQLite database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 was deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 was replaced by another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 is empty (0 bytes): it was truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database file %1 is no longer readable (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server is not running or not accepting connections there (connection refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer from the server within %1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>%1 holds none of the trading robot&apos;s tables (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Number of orders (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the robot data the database already holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--orders wants a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed wants a whole number from 0 to 4294967295</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all robot data in %1 and replace it with demo data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to %1 (seed %2, %3 s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill a database with realistic demo data: sessions, orders, fills, positions (about 1.4 trades per order). Creates the schema and an SQLite file if missing; refuses robot data unless --force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>the database has only part of the robot&apos;s schema (table %1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 lacks columns %2 (an older schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already holds robot data (%1 rows); use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>advancing the id sequence of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of orders must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the demo data failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDatabaseSetup</name>
    <message>
        <source>Could not create the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a demo database with %L1 orders in
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No demo database was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Use File › Connect… (Ctrl+O) to open the robot&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data generator failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected fields (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row ID %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DistinctValues</name>
    <message>
        <source>%1 has no text column %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EquityCurveChart</name>
    <message>
        <source>Equity curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n closed trade(s) from %1 to %2; final equity %3; largest drawdown %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Realized equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC
Equity: %2
Drawdown: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>orders, trades, positions or trading_sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COLUMN=V, COLUMN=V1,V2, COLUMN!=V, COLUMN&gt;=V, COLUMN&lt;=V, COLUMN&gt;V, COLUMN&lt;V or COLUMN~TEXT; repeat to AND them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows at or after this UTC date/time (main time column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows up to this UTC date/time (a bare date: the whole day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in notes, error message or broker order id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort column, &apos;-&apos; prefix for descending (default: id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE (atomically) instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table is required (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown table &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (csv or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows written to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export a table&apos;s filtered, sorted rows as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>cannot export column &quot;%1&quot;: the %2 table has no such column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the robot has not created the %1 table yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureListModel</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FillsPanel</name>
    <message>
        <source>Open in Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these fills on the Trades page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills: select an order to see its trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills of order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills of order %1: 1 trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills of order %1: %2 trades</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes, errors, broker IDs (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text contained in notes, error message or broker ID. Needs a full scan. Ctrl+F focuses the filters, Esc clears them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or several symbols, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or closed positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly this strategy name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered by %1; click to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterExpressionParser</name>
    <message>
        <source>a value may not contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is too long (%1 characters, at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid value &quot;%1&quot; for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number (or out of range)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date or date-time (use 2025-12-20 or 2025-12-20T14:03:07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a boolean (true/false)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed filter expression &quot;%1&quot;: expected COLUMN=VALUE, COLUMN!=VALUE, COLUMN&gt;=VALUE, COLUMN&lt;=VALUE, COLUMN&gt;VALUE, COLUMN&lt;VALUE or COLUMN~TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; in table %2 (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1~&quot;: contains (~) works on text columns only; %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1~&quot;: nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed filter expression &quot;%1&quot;: empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sort column &quot;%1&quot; in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (use 2025-12-20 or 2025-12-20T14:03:07)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterFields</name>
    <message>
        <source>Text cannot contain a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a symbol: at most %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Inspect, review and back up a trading robot&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL or SQLite file (default: $DATABASE_URL, else the demo database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file to use instead of the user&apos;s (for scripts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run headless; one of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlineFigures</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoCommand</name>
    <message>
        <source>Database:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robot tables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; missing columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; extra columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the robot&apos;s tables (%1) is in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the driver, server version, the robot&apos;s tables with row counts, and missing or extra columns and tables.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Created the robot&apos;s schema (%1) in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the robot&apos;s empty schema (tables, enums, indexes) in a new database; an SQLite file is created if missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityAudit</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobRunner</name>
    <message>
        <source>The database could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LazyTableModel</name>
    <message>
        <source>connection lost (%1); reconnecting automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot has not created the %1 table yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text search: full scan)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lost the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Reconnecting automatically; press F5 to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an SQLite file or a PostgreSQL database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows again and reload the page (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in UTC instead of this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Trade Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order the robot placed, newest first, with typed filters (symbol, side, status, strategy, time range) and its fills one click away. Browsing stays instant on millions of rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every execution with price, quantity, commission and realised P&amp;L, filterable and sortable in the database, exportable to CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and closed positions with their entry, current price and P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each trading session&apos;s stored statistics side by side with what its trades say, an equity curve, and breakdowns by symbol and strategy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-click backups of this database (SQLite online backup or pg_dump), verified before they are listed, and a safe restore that backs up the current state first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Trade Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is still working (a backup or restore). Wait for it to finish, or cancel it, before closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MultiChoiceButton</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: any (click to choose several)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderAudit</name>
    <message>
        <source>order %1: filled_quantity %2, but its %3 fills sum to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: avg_fill_price %2, but its fills&apos; volume-weighted price is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: quantity %2, but its fills sum to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1: filled_quantity %2, but it has no fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>order %1 is %2, yet it has %n fill(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>order %1: %2 before submitted_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgTools</name>
    <message>
        <source>%1 was not found on PATH or in /usr/lib/postgresql/*/bin: install postgresql-client-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1 but the newest %2 found is %3 (%4); %2 must be at least the server&apos;s major version: install postgresql-client-%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the process was killed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>In this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use File › Connect… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is absent from this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (shown as empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionAudit</name>
    <message>
        <source>position %1 (%2): %3 %4, but %5 = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (%2): closed_at before opened_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (%2) is closed but holds quantity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (%2) is closed but has no closed_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>position %1 (%2): quantity %3, but the symbol&apos;s trades net to %4 (buys - sells)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresBackupEngine</name>
    <message>
        <source>cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export a snapshot: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dumping with %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the archive with pg_restore --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the archive has no data for table %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable pg_dump archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; pg_restore was stopped and its single transaction rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_restore failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresExportSource</name>
    <message>
        <source>the PostgreSQL connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresFillReader</name>
    <message>
        <source>not a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>This computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC, as the robot stores them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-read the database this often to pick up what the robot wrote; F5 does it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database to choose its backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show times in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-refresh every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramHelp</name>
    <message>
        <source>Usage: trade-inspector [--database URL]
       trade-inspector &lt;command&gt; [options]   (see trade-inspector &lt;command&gt; --help)

Inspect, review and back up a trading robot&apos;s database. Without a command the
GUI starts on --database, else $DATABASE_URL, else the built-in demo database.

Options:
  -d, --database &lt;url&gt;  sqlite:///file.db, a file path, or postgresql://user@host/db
  -v, --version         Show the version.
  -h, --help            Show this help.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Exported %1 rows…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryBuilder</name>
    <message>
        <source>column %1 is not in this database&apos;s %2 table (older schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; in table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter on %1 has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains works on text columns only; %1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a list of names: use =, != or ~</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is yes/no: use = or !=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this %1 table has no %2 column to limit by date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 table has no text column to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort by %1: no such column in this database&apos;s %2 table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeEdit</name>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest %1 to show (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest %1 to show (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range for this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum is below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>  %1 %2 rows now, %3 in the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the safety backup goes (default: the backup directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore even though a trading session is marked active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore replaces %1 and needs confirmation: run it on a terminal or pass --yes. The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with %2?
%3
The current database is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed; the database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup: verify it, back up the current database first (into --dir or the default directory), restore, then check every table&apos;s row count. Asks first unless --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trading session(s) are marked active: the robot is probably running. Stop it, or pass --force-active. The database was not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace the contents of %1&lt;/b&gt; with the backup &lt;b&gt;%2&lt;/b&gt;?&lt;br&gt;The database is backed up first (a safety backup), so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows in backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the backup, so gone after the restore (the safety backup keeps them): &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the backup, so kept as they are now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The robot is probably running:&lt;/b&gt; %n trading session(s) are marked active. Restoring under a running robot loses what it writes meanwhile.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I have stopped the robot, or accept the risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreJob</name>
    <message>
        <source>The database was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not in the backup, so no longer in the database (the safety backup keeps them): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Not in the backup and kept as they were: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be restored into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 cannot be restored into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trading session(s) are marked active: the robot is probably running. Stop it first, or force the restore.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 or its directory is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 and backing up the current database first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault was injected into the verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault was injected into the safety backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safety backup failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault was injected part-way through the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and was rolled back: %1. The safety backup is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fault was injected into the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; every table has the backup&apos;s row count. The previous state is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2; the archive has no sidecar, so there were no row counts to compare. The previous state is kept in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> pg_restore printed %n warning(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The restore did not reproduce the backup (%1); the database was put back from the safety backup %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore did not reproduce the backup (%1) and putting back the safety backup failed too (%2). Restore %3 by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore failed and was rolled back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Realized equity (cumulative net P&amp;L, drawdown shaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net realized P&amp;L per day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFigures</name>
    <message>
        <source>fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions (rows of trades) in the window: the robot&apos;s trades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the window: flat to flat (or flip) per symbol, FIFO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open at the end</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 × winners / (winners + losers); scratch trips excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 won, %2 lost, %3 scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net realized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross FIFO realized P&amp;L of the closing fills minus the commission of every fill in the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross %1, commission %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>∞ (no losers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of winners&apos; net P&amp;L / |sum of losers&apos; net P&amp;L|; infinite without losers, undefined without winners or losers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>realized equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest fall of the realized net equity curve (from 0 at the window&apos;s start) below its running peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of starting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting balance unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross realized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FIFO realized P&amp;L of the closing fills, before commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission of every fill in the window (NULL counts as 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing fills (won / lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 / %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills that closed (part of) an open lot; won / lost by gross P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 × winning / (winning + losing) closing fills.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of quantity × price: the notional traded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross P&amp;L minus commission of the round trips closed in the window, with their whole P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners&apos; net P&amp;L / winners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers&apos; net P&amp;L / losers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest win</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best winner&apos;s net P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst loser&apos;s net P&amp;L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expectancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net P&amp;L per round trip, scratch included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average holding, winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the opening fill to the fill that flattened or flipped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average holding, losers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max consecutive wins / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In closing order; a scratch trip breaks both streaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission outside round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission of zero-quantity fills while flat: counted in the fills&apos; commission, in no round trip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE / MFE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs price bars between the fills; the database holds none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreadable fills skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills with an unknown side or unreadable numbers; not counted anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewFormat</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored vs recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The robot counts fills as trades: these rows recompute its figures the way the schema reads them. Round-trip statistics are under Ǌll figures”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fills in this window: there is nothing to review yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotEnum</name>
    <message>
        <source>Buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trailing stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RobotSchema</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker fill ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrealized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unrealized P&amp;L %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avg fill price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max drawdown %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaDdl</name>
    <message>
        <source>the database already has the robot&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaProbe</name>
    <message>
        <source>cannot read the columns of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count the rows of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionAudit</name>
    <message>
        <source>%1 stored %2, recomputed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trade(s) have a side that is neither buy nor sell or an unreadable quantity, price or executed_at; statistics skip them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade(s) fall outside every trading session&apos;s window; the first %1 are listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade(s) fall outside every trading session&apos;s window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>session %1 (the robot&apos;s own definitions): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1: ended_at before started_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionComparison</name>
    <message>
        <source>fills executed in the session window (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing fills with gross realized P&amp;L &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing fills with gross realized P&amp;L &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross FIFO realized P&amp;L of the closing fills in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission of the fills in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100 x winning / (winning + losing), 0 without either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting_balance + net realized P&amp;L (info: the robot&apos;s definition may include unrealized P&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest fall of realized net equity from its peak, % of starting_balance (info: the robot&apos;s definition may differ)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatistics</name>
    <message>
        <source>not available: the database holds no price bars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStatusBar</name>
    <message>
        <source>CONNECTION LOST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the database was lost: %1. Reconnecting automatically; press F5 to try now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-WRITE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing never writes to this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection may write to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows counted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local times</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trategy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the fills between From and To (both inclusive), with the symbol and strategy filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;trades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a session to review it, or choose a time range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open. Use File › Connect… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session no longer exists in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1%2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reviewed %n fill(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The review was cancelled. Select the session again or press “Review range” to restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% · %L1 fills read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → now (open)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackupEngine</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a readable SQLite database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot count %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database stayed locked for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such SQLite database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 while copying into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the copy&apos;s integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the backup into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteExportSource</name>
    <message>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteFillReader</name>
    <message>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteInserter</name>
    <message>
        <source>not an SQLite connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the insert into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inserting into %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsJob</name>
    <message>
        <source>no trading session with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsCommand</name>
    <message>
        <source>Session %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1 .. %2 (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fills (the robot&apos;s &quot;trades&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gross realized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net realized P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winning / losing closing fills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turnover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max drawdown (realized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 of starting balance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trips (FIFO, flat to flat or flip):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>round trips closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still open at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winners / losers / scratch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net P&amp;L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average win / loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest win / loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profit factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infinite (no losers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expectancy per round trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>avg holding winners / losers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max consecutive wins / losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored versus recomputed (difference beyond one unit of the column&apos;s scale marked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By symbol:                    fills   net realized   round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By strategy:                  fills   net realized   round trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n fill(s) with an unknown side or unreadable numbers (see `check`).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trading session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the range, UTC, inclusive (2025-12-20 or 2025-12-20T14:00:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the range, UTC, inclusive (a bare date: the whole day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this strategy&apos;s fills, matched as its own book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session and --from/--to exclude each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session needs a numeric id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: not a date or time: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics of a trading session or a time range from the fills (FIFO round trips), beside the session&apos;s stored figures.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoredSession</name>
    <message>
        <source>session %1 has no readable started_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>the %1 table has no id column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableWorker</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 table is no longer in the database (was the file replaced or emptied?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeRangeEdit</name>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick time ranges on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this date or time (inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this time; a bare date includes the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; use YYYY-MM-DD or YYYY-MM-DD HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the time range is before its start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TradeAudit</name>
    <message>
        <source>trade %1: total_value %2, but quantity x price = %3 x %4 = %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trade(s) have no order (order_id is NULL); the first %1 are listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n trade(s) have no order (order_id is NULL)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>trade %1: order_id %2 does not exist in orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a backup file: SHA-256 against its sidecar, then SQLite&apos;s integrity check or pg_restore --list. Exit 1 when it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
