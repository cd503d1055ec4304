-- gwr_indicators: the catalogue, one row per surface form.
.mode list
.headers on
SELECT * FROM gwr_indicators WHERE id = 'unemp_registered';
.headers off
-- Every id of SPEC §5 is there.
SELECT group_concat(id, ' ') FROM (
  SELECT DISTINCT id FROM gwr_indicators WHERE id IN ('gdp', 'gdp_per_capita',
    'industrial_va', 'fiscal_revenue', 'fai', 'retail_sales', 'trade', 'exports', 'fdi',
    'cpi', 'unemp_surveyed', 'unemp_registered', 'jobs_new_urban', 'income_resident',
    'income_urban', 'income_rural', 'grain', 'energy_intensity', 'carbon_intensity',
    'pop_growth', 'urbanisation', 'rd_intensity', 'deficit_ratio', 'agri_output',
    'industrial_output') ORDER BY id);
-- A form belongs to one id.
SELECT count(*) FROM (SELECT form FROM gwr_indicators GROUP BY form HAVING count(DISTINCT id) > 1);
-- Renames over the years map to one id.
SELECT form, id FROM gwr_indicators WHERE form IN ('农民人均纯收入', '农村居民人均可支配收入',
  '单位GDP能耗', '单位地区生产总值能耗', '能耗强度', '城镇登记失业率', '城镇调查失业率')
  ORDER BY id, form;
-- Usable in a view under trusted_schema=OFF (the module is innocuous).
PRAGMA trusted_schema = OFF;
CREATE VIEW fiscal AS SELECT form FROM gwr_indicators WHERE id = 'deficit_ratio';
SELECT * FROM fiscal;
