-- The year argument of gwr_targets(): the error quotes what was given, readably.
-- a BLOB is named as such, never printed as raw bytes
SELECT * FROM gwr_targets('地区生产总值增长6%。', X'07E9');
SELECT * FROM gwr_targets('地区生产总值增长6%。', CAST('2025' AS BLOB));
-- text that is not UTF-8 is not quoted
SELECT * FROM gwr_targets('地区生产总值增长6%。', CAST(X'32303235FF' AS TEXT));
-- long text is cut after 40 characters, never inside one
SELECT * FROM gwr_targets('地区生产总值增长6%。', '二〇二五年是“十四五”规划的收官之年，也是进一步全面深化改革的重要一年，做好政府工作意义重大');
