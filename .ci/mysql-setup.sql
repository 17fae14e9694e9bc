-- The test database and user the MySQL tests use by default (see MySqlTest). The database is
-- made anew: a run on this machine from another branch may have left migrations that main's
-- Flyway would refuse to validate against.
DROP DATABASE IF EXISTS arrears_test;
-- the databases of the test forks (MySqlAvailable.url()), made anew as they connect
DROP DATABASE IF EXISTS arrears_test_f1;
DROP DATABASE IF EXISTS arrears_test_f2;
DROP DATABASE IF EXISTS arrears_test_f3;
DROP DATABASE IF EXISTS arrears_test_f4;
CREATE DATABASE arrears_test CHARACTER SET utf8mb4;
CREATE USER IF NOT EXISTS 'arrears'@'localhost' IDENTIFIED BY 'arrears';
CREATE USER IF NOT EXISTS 'arrears'@'127.0.0.1' IDENTIFIED BY 'arrears';
GRANT ALL ON arrears_test.* TO 'arrears'@'localhost';
GRANT ALL ON arrears_test.* TO 'arrears'@'127.0.0.1';
-- tests of several scheduler nodes or audit runs may use databases of their own
GRANT ALL ON `arrears\_%`.* TO 'arrears'@'localhost';
GRANT ALL ON `arrears\_%`.* TO 'arrears'@'127.0.0.1';
FLUSH PRIVILEGES;
