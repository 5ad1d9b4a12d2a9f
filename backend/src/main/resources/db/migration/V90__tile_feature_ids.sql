-- Every vector tile feature carries an integer id (MVT feature id, MVT spec 4.2), also towns and parks,
-- whose keys are text: a park's is the number of its code (DG-P07 is 7), a town's is assigned once.
ALTER TABLE town ADD COLUMN feature_id integer GENERATED ALWAYS AS IDENTITY UNIQUE;
ALTER TABLE park ADD COLUMN feature_id integer GENERATED ALWAYS AS (substring(code from 5)::integer) STORED UNIQUE;
