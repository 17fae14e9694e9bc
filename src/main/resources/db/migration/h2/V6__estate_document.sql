-- What the per-estate and festival jobs rendered (SPEC §5): each document with the fingerprint of
-- the data it was rendered from, so that a re-run is a no-op and an audit can prove what was posted
-- on the bulletin board or put in a letterbox.

-- One bulletin-board list or open letter per estate per as-of date.
CREATE TABLE estate_document (
	estate_code       VARCHAR(64)  NOT NULL,
	kind              VARCHAR(16)  NOT NULL,
	as_of             DATE         NOT NULL,
	file_path         VARCHAR(500) NOT NULL,
	fingerprint       CHAR(64)     NOT NULL,
	households_listed INT          NOT NULL,
	CONSTRAINT estate_document_pk PRIMARY KEY (estate_code, kind, as_of)
);

-- One greeting card per household per festival per year. The column is festival_year, not year:
-- YEAR is a reserved word in H2. The arrears stated on the card are kept, so that the print batch
-- can be rebuilt from this table and checked against the fingerprint.
CREATE TABLE festival_card (
	household_code    VARCHAR(64)  NOT NULL,
	festival          VARCHAR(16)  NOT NULL,
	festival_year     INT          NOT NULL,
	as_of             DATE         NOT NULL,
	stage             VARCHAR(16)  NOT NULL,
	arrears           DECIMAL(14,2) NOT NULL,
	file_path         VARCHAR(500) NOT NULL,
	fingerprint       CHAR(64)     NOT NULL,
	CONSTRAINT festival_card_pk PRIMARY KEY (household_code, festival, festival_year)
);

-- the print batch reads one festival's cards estate by estate
CREATE INDEX festival_card_festival_idx ON festival_card (festival, festival_year);
