-- gwr_indicator_add(id, form [, name]): forms for this connection only.
SELECT gwr_indicator_add('gdp', '生产总额');
SELECT gwr_indicator_add('gdp', '生产总额');   -- already there: 0
SELECT id, name, form FROM gwr_indicators WHERE form = '生产总额';
-- A new id, with and without a canonical name.
SELECT gwr_indicator_add('tea_output', '茶叶产量', '茶叶总产量');
SELECT gwr_indicator_add('tea_output', '茶叶总产量');
SELECT gwr_indicator_add('boats', '渔船数');
SELECT id, name, name_en IS NULL, form, unit IS NULL FROM gwr_indicators WHERE id IN ('tea_output', 'boats');
-- A form of the catalogue given to another id moves to it; the old row is hidden.
SELECT gwr_indicator_add('price_level', '物价');
SELECT id FROM gwr_indicators WHERE form = '物价';
-- Full-width and any case are one form.
SELECT gwr_indicator_add('gdp', 'ＧＤＰ');
-- Errors.
SELECT gwr_indicator_add('Tea', '茶叶');
SELECT gwr_indicator_add('', '茶叶');
SELECT gwr_indicator_add('tea', '   ');
SELECT gwr_indicator_add('tea', '');
SELECT gwr_indicator_add('tea', '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五');
SELECT gwr_indicator_add(NULL, '茶叶');
SELECT gwr_indicator_add('tea', NULL);
SELECT gwr_indicator_add('gdp', '总产出', '总产出');
SELECT gwr_indicator_add('tea', CAST(X'E8FF' AS BLOB));
SELECT gwr_indicator_add('tea', CAST('茶叶' AS BLOB));
SELECT gwr_indicator_add('tea');
-- DIRECTONLY: never from a view or a trigger.
CREATE VIEW adds AS SELECT gwr_indicator_add('tea', '茶园面积') AS added;
SELECT * FROM adds;
CREATE TABLE log(x);
CREATE TRIGGER log_add AFTER INSERT ON log BEGIN SELECT gwr_indicator_add('tea', '茶园'); END;
INSERT INTO log VALUES (1);
PRAGMA trusted_schema = OFF;
SELECT * FROM adds;
-- gwr_targets of this connection reads the new forms.
SELECT indicator, indicator_id, value, unit FROM gwr_targets('二、今年主要目标
全县茶叶产量达到3.2万吨，渔船数稳定在120艘。', 2025);
