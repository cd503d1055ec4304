/*
** The indicator catalogue as data, and the lexicon that finds its forms in text.
**
** Each row: id, canonical name, English name, usual unit (of the level; targets are often
** growth rates in %), flags, and the surface forms. Forms cover national,
** provincial, city, county and district reports 2004–2026, the renames included. A
** form belongs to one id only (tests/unit/test_lexicon_indicators.c checks it).
** Scope prefixes (全区, 我市, ...) are not repeated here: any form may follow them.
*/
#include "lexicon_indicators.h"

#include "mem.h"
#include "utf8.h"
#include "wordtrie.h"

#include <stdint.h>
#include <string.h>

/* The forms of one indicator: a NULL-terminated list of string literals. */
#define FORMS(...) ((const char *const[]){__VA_ARGS__, NULL})

const indicator_def indicator_catalogue[] = {
  /* Output and growth */
  {"gdp", "国内生产总值",
   "gross domestic product (regional GDP below the national level)", "亿元", 0,
   FORMS("国内生产总值", "地区生产总值", "生产总值", "GDP", "地区GDP", "区域生产总值",
         "经济增长", "经济增速", "经济增长速度", "经济总量", "国内生产总值(GDP)",
         "地区生产总值(GDP)")},
  {"gdp_per_capita", "人均地区生产总值", "GDP per capita", "元", 0,
   FORMS("人均地区生产总值", "人均国内生产总值", "人均生产总值", "人均GDP")},
  {"va_primary", "第一产业增加值", "value added of the primary sector", "亿元", 0,
   FORMS("第一产业增加值", "一产增加值", "农林牧渔业增加值", "农业增加值")},
  {"va_secondary", "第二产业增加值", "value added of the secondary sector", "亿元", 0,
   FORMS("第二产业增加值", "二产增加值")},
  {"va_tertiary", "第三产业增加值", "value added of the tertiary sector (services)", "亿元", 0,
   FORMS("第三产业增加值", "三产增加值", "服务业增加值")},
  {"services_share", "服务业增加值占地区生产总值比重",
   "services value added as a share of GDP", "%", 0,
   FORMS("服务业增加值占地区生产总值比重", "服务业增加值占国内生产总值比重",
         "服务业增加值占GDP比重", "服务业增加值比重", "服务业比重", "第三产业比重", "三产比重",
         "第三产业增加值占地区生产总值比重", "第三产业增加值占GDP比重", "第三产业增加值比重",
         "服务业增加值占地区生产总值的比重", "服务业增加值占生产总值的比重",
         "服务业增加值占生产总值比重", "服务业增加值占GDP的比重",
         "服务业增加值占国内生产总值的比重")},
  {"industrial_va", "工业增加值", "industrial value added", "亿元", 0,
   FORMS("工业增加值", "规模以上工业增加值", "规上工业增加值", "规模工业增加值",
         "全部工业增加值", "规模以上工业企业增加值", "规模以上工业企业工业增加值",
         "规模以上工业企业实现增加值")},
  {"industrial_output", "工业总产值", "gross industrial output", "亿元", 0,
   FORMS("工业总产值", "规模以上工业总产值", "规上工业总产值", "工业产值", "规模以上工业产值",
         "规模以上工业企业总产值")},
  {"agri_output", "农林牧渔业总产值",
   "gross output of agriculture, forestry, animal husbandry and fishery", "亿元", 0,
   FORMS("农林牧渔业总产值", "农林牧渔总产值", "农业总产值", "农业产值", "农林牧渔业产值")},
  {"agri_industrial_output", "工农业总产值",
   "gross output of industry and agriculture", "亿元", 0,
   FORMS("工农业总产值", "工农业生产总值")},
  {"high_tech_va", "高新技术产业增加值", "value added of high-tech industries", "亿元", 0,
   FORMS("高新技术产业增加值", "高技术产业增加值", "高技术制造业增加值")},
  {"strategic_emerging_va", "战略性新兴产业增加值",
   "value added of strategic emerging industries", "亿元", 0,
   FORMS("战略性新兴产业增加值", "战略性新兴产业产值")},
  {"digital_va", "数字经济核心产业增加值", "value added of the core digital economy", "亿元", 0,
   FORMS("数字经济核心产业增加值", "数字经济增加值", "数字经济规模")},
  {"digital_share", "数字经济核心产业增加值占地区生产总值比重",
   "core digital economy as a share of GDP", "%", 0,
   FORMS("数字经济核心产业增加值占地区生产总值比重", "数字经济核心产业增加值占GDP比重",
         "数字经济核心产业增加值占国内生产总值比重", "数字经济核心产业增加值比重")},
  {"labour_productivity", "全员劳动生产率", "overall labour productivity", "元/人", 0,
   FORMS("全员劳动生产率", "劳动生产率")},

  /* Public finance */
  {"fiscal_revenue", "一般公共预算收入",
   "general public budget revenue (local fiscal revenue)", "亿元", 0,
   FORMS("一般公共预算收入", "地方一般公共预算收入", "一般预算收入", "地方一般预算收入",
         "财政一般预算收入", "地方财政一般预算收入", "地方级财政一般预算收入",
         "地方级一般预算收入", "公共财政预算收入", "地方公共财政预算收入", "公共财政收入",
         "地方公共财政收入", "地方财政收入", "财政收入", "地方级财政收入")},
  {"fiscal_revenue_total", "财政总收入",
   "total fiscal revenue (taxes shared upwards included)", "亿元", 0,
   FORMS("财政总收入", "全部财政收入", "全口径财政收入", "财政收入总额")},
  {"tax_revenue", "税收收入", "tax revenue", "亿元", 0,
   FORMS("税收收入", "税收", "地方税收", "地方税收收入")},
  {"fiscal_expenditure", "一般公共预算支出", "general public budget expenditure", "亿元", 0,
   FORMS("一般公共预算支出", "地方一般公共预算支出", "一般预算支出", "财政一般预算支出",
         "公共财政预算支出", "财政支出", "地方财政支出", "财政总支出")},
  {"deficit_ratio", "赤字率", "budget deficit as a share of GDP", "%", INDICATOR_FISCAL_SETTING,
   FORMS("赤字率", "财政赤字率")},
  {"deficit", "财政赤字", "budget deficit", "亿元", INDICATOR_FISCAL_SETTING,
   FORMS("财政赤字", "赤字规模", "赤字", "中央财政赤字", "地方财政赤字", "财政赤字规模")},
  {"special_bonds", "地方政府专项债券",
   "local government special-purpose bonds", "亿元", INDICATOR_FISCAL_SETTING,
   FORMS("地方政府专项债券", "专项债券", "专项债", "新增专项债券", "地方政府专项债",
         "新增地方政府专项债券")},
  {"local_gov_bonds", "地方政府一般债券",
   "local government general bonds", "亿元", INDICATOR_FISCAL_SETTING,
   FORMS("地方政府一般债券", "地方政府债券", "地方政府债")},
  {"ultra_long_bonds", "超长期特别国债",
   "ultra-long special treasury bonds", "亿元", INDICATOR_FISCAL_SETTING,
   FORMS("超长期特别国债")},
  {"special_treasury_bonds", "特别国债", "special treasury bonds (抗疫特别国债 of 2020, bank capital)",
   "亿元", INDICATOR_FISCAL_SETTING, FORMS("特别国债", "抗疫特别国债")},
  {"construction_bonds", "长期建设国债", "long-term construction treasury bonds (1998-2008)",
   "亿元", INDICATOR_FISCAL_SETTING, FORMS("长期建设国债", "建设国债")},
  {"central_budget_investment", "中央预算内投资",
   "central government budgetary investment", "亿元", INDICATOR_FISCAL_SETTING,
   FORMS("中央预算内投资", "中央预算内投资规模")},

  /* Investment, consumption, trade */
  {"fai", "全社会固定资产投资", "fixed-asset investment", "亿元", 0,
   FORMS("全社会固定资产投资", "固定资产投资", "城镇固定资产投资", "固定资产投资总额",
         "社会固定资产投资", "全社会投资", "固定资产投资(不含农户)")},
  {"private_investment", "民间投资", "private investment", "亿元", 0,
   FORMS("民间投资", "民间固定资产投资")},
  {"industrial_investment", "工业投资", "industrial investment", "亿元", 0,
   FORMS("工业投资", "工业固定资产投资", "工业性投资")},
  {"real_estate_investment", "房地产开发投资", "real-estate development investment", "亿元", 0,
   FORMS("房地产开发投资", "房地产投资")},
  {"retail_sales", "社会消费品零售总额", "retail sales of consumer goods", "亿元", 0,
   FORMS("社会消费品零售总额", "社会消费品零售额", "消费品零售总额", "社会商品零售总额")},
  {"trade", "进出口总额", "foreign trade (imports plus exports)", "亿元", 0,
   FORMS("进出口总额", "外贸进出口总额", "对外贸易进出口总额", "外贸进出口", "进出口总值",
         "货物进出口总额", "货物贸易进出口总额", "外贸进出口总值", "进出口", "外贸", "对外贸易",
         "外贸进出口额", "进出口额", "进出口贸易总额")},
  {"exports", "出口总额", "exports", "亿元", 0,
   FORMS("出口总额", "出口总值", "外贸出口", "出口", "出口创汇", "外贸出口总额", "出口额",
         "自营出口", "出口创汇额", "外贸出口额", "货物出口")},
  {"imports", "进口总额", "imports", "亿元", 0,
   FORMS("进口总额", "进口", "外贸进口", "进口额")},
  {"fdi", "实际利用外资", "foreign direct investment actually used", "亿美元", 0,
   FORMS("实际利用外资", "实际使用外资", "利用外资", "外商直接投资", "实际利用外商直接投资",
         "实际使用外商直接投资", "引进外资", "境外资金", "引进境外资金", "实际到位外资",
         "实际利用外资金额", "到位外资", "利用境外资金")},
  {"capital_inflow", "引进市外资金",
   "domestic capital attracted from outside the region", "亿元", 0,
   FORMS("引进市外资金", "市外资金", "省外资金", "引进省外资金", "县外资金", "引进县外资金",
         "区外资金", "引进区外资金", "引进内资", "到位内资", "实际到位内资", "利用内资",
         "招商引资到位资金", "利用市外资金")},

  /* Prices, jobs, incomes */
  {"cpi", "居民消费价格涨幅", "consumer prices (CPI) increase", "%", 0,
   FORMS("居民消费价格涨幅", "居民消费价格总水平涨幅", "居民消费价格", "居民消费价格指数",
         "居民消费价格总水平", "消费价格涨幅", "居民消费价格指数涨幅", "居民消费价格上涨幅度",
         "CPI", "CPI涨幅", "物价涨幅", "物价总水平", "价格总水平", "物价", "价格总水平涨幅",
         "物价总水平涨幅", "居民消费价格(总水平)涨幅")},
  {"unemp_surveyed", "城镇调查失业率", "surveyed urban unemployment rate", "%", 0,
   FORMS("城镇调查失业率", "调查失业率")},
  {"unemp_registered", "城镇登记失业率",
   "registered urban unemployment rate (before 2018 the only one; 失业率 alone)", "%", 0,
   FORMS("城镇登记失业率", "登记失业率", "城镇失业率", "失业率")},
  {"jobs_new_urban", "城镇新增就业", "new urban jobs", "万人", 0,
   FORMS("城镇新增就业", "新增城镇就业", "城镇新增就业人数", "新增城镇就业人数", "城镇新就业",
         "新增就业", "新增就业岗位", "城镇新增就业岗位", "新增就业人数", "城镇新增就业人员")},
  {"reemployment", "失业人员再就业", "re-employment of unemployed workers", "万人", 0,
   FORMS("失业人员再就业", "城镇失业人员再就业", "下岗失业人员再就业", "下岗职工再就业",
         "再就业")},
  {"rural_labour_transfer", "农村劳动力转移就业",
   "rural labour moved into non-farm work", "万人", 0,
   FORMS("农村劳动力转移就业", "转移农村劳动力", "农村劳动力转移", "输转农村劳动力", "转移就业",
         "输转劳动力", "农村富余劳动力转移", "劳务输出", "劳务输转")},
  {"income_resident", "居民人均可支配收入",
   "per-capita disposable income of residents", "元", 0,
   FORMS("居民人均可支配收入", "全体居民人均可支配收入", "常住居民人均可支配收入", "居民收入",
         "居民人均收入")},
  {"income_urban", "城镇居民人均可支配收入",
   "per-capita disposable income of urban residents", "元", 0,
   FORMS("城镇居民人均可支配收入", "城镇常住居民人均可支配收入", "城镇居民可支配收入",
         "城市居民人均可支配收入", "城市居民可支配收入", "城镇居民人均收入", "城镇居民收入",
         "城镇人均可支配收入", "城市居民收入", "城镇居民家庭人均可支配收入")},
  {"income_rural", "农村居民人均可支配收入",
   "per-capita disposable income of rural residents (net income of farmers before 2014)", "元", 0,
   FORMS("农村居民人均可支配收入", "农村常住居民人均可支配收入", "农民人均可支配收入",
         "农民人均纯收入", "农村居民人均纯收入", "农民人均收入", "农民收入", "农村居民收入",
         "农村人均纯收入", "农村居民家庭人均纯收入", "农村人均可支配收入", "农村居民人均收入")},
  {"avg_wage", "在岗职工平均工资", "average wage of employees", "元", 0,
   FORMS("在岗职工平均工资", "职工平均工资", "在岗职工年平均工资",
         "城镇非私营单位在岗职工平均工资", "平均工资")},
  {"poverty", "农村贫困人口", "rural population in poverty", "万人", 0,
   FORMS("农村贫困人口", "贫困人口", "建档立卡贫困人口")},
  {"population", "常住人口", "resident population", "万人", 0,
   FORMS("常住人口", "年末常住人口", "总人口", "户籍人口", "人口总数")},
  {"pop_growth", "人口自然增长率", "natural population growth rate", "‰", 0,
   FORMS("人口自然增长率", "人口自然增长", "自然增长率")},
  {"urbanisation", "常住人口城镇化率", "urbanisation rate", "%", 0,
   FORMS("常住人口城镇化率", "城镇化率", "城市化率", "城镇化水平", "城市化水平",
         "户籍人口城镇化率")},
  {"life_expectancy", "人均预期寿命", "life expectancy", "岁", 0,
   FORMS("人均预期寿命", "平均预期寿命", "预期寿命")},

  /* Agriculture and land */
  {"grain", "粮食总产量", "grain output", "万吨", 0,
   FORMS("粮食总产量", "粮食产量", "粮食总产", "粮食作物总产量", "粮食作物产量")},
  {"grain_capacity", "粮食综合生产能力", "grain production capacity", "万吨", 0,
   FORMS("粮食综合生产能力", "粮食生产能力")},
  {"grain_area", "粮食播种面积", "grain sown area", "万亩", 0,
   FORMS("粮食播种面积", "粮食种植面积", "粮食作物播种面积")},
  {"farmland", "耕地保有量", "cultivated land kept", "万亩", 0,
   FORMS("耕地保有量", "耕地面积")},

  /* Energy and environment */
  {"energy_intensity", "单位地区生产总值能耗", "energy use per unit of GDP", "吨标准煤/万元", 0,
   FORMS("单位地区生产总值能耗", "单位国内生产总值能耗", "单位生产总值能耗", "单位GDP能耗",
         "万元GDP能耗", "万元生产总值能耗", "万元地区生产总值能耗", "万元国内生产总值能耗",
         "能耗强度", "能源消耗强度", "单位GDP能源消耗", "单位国内生产总值能源消耗",
         "单位生产总值能源消耗", "单位地区生产总值能源消耗", "万元GDP综合能耗",
         "单位GDP综合能耗", "单位地区生产总值综合能耗")},
  {"energy_total", "能源消费总量", "total energy consumption", "万吨标准煤", 0,
   FORMS("能源消费总量", "能耗总量", "综合能源消费量")},
  {"carbon_intensity", "单位地区生产总值二氧化碳排放", "CO2 emissions per unit of GDP", "%", 0,
   FORMS("单位地区生产总值二氧化碳排放", "单位国内生产总值二氧化碳排放",
         "单位生产总值二氧化碳排放", "单位GDP二氧化碳排放", "单位地区生产总值二氧化碳排放量",
         "单位国内生产总值二氧化碳排放量", "单位GDP二氧化碳排放量", "万元GDP二氧化碳排放",
         "碳排放强度", "二氧化碳排放强度", "碳强度")},
  {"water_intensity", "单位地区生产总值用水量", "water use per unit of GDP", "立方米/万元", 0,
   FORMS("单位地区生产总值用水量", "单位国内生产总值用水量", "单位GDP用水量", "万元GDP用水量",
         "万元地区生产总值用水量", "万元国内生产总值用水量", "万元生产总值用水量",
         "单位生产总值用水量")},
  {"so2", "二氧化硫排放量", "sulphur dioxide emissions", "吨", 0,
   FORMS("二氧化硫排放量", "二氧化硫排放总量")},
  {"nox", "氮氧化物排放量", "nitrogen oxides emissions", "吨", 0,
   FORMS("氮氧化物排放量", "氮氧化物排放总量")},
  {"cod", "化学需氧量排放量", "chemical oxygen demand (COD) emissions", "吨", 0,
   FORMS("化学需氧量排放量", "化学需氧量排放总量", "COD排放量")},
  {"ammonia_nitrogen", "氨氮排放量", "ammonia nitrogen emissions", "吨", 0,
   FORMS("氨氮排放量", "氨氮排放总量")},
  {"major_pollutants", "主要污染物排放总量", "emissions of the major pollutants", "吨", 0,
   FORMS("主要污染物排放总量", "主要污染物排放量")},
  {"forest_cover", "森林覆盖率", "forest coverage", "%", 0,
   FORMS("森林覆盖率")},
  {"forest_stock", "森林蓄积量", "forest stock volume", "万立方米", 0,
   FORMS("森林蓄积量")},
  {"green_cover", "建成区绿化覆盖率", "green coverage of built-up areas", "%", 0,
   FORMS("建成区绿化覆盖率", "绿化覆盖率", "城市绿化覆盖率", "城区绿化覆盖率")},
  {"air_quality_days", "空气质量优良天数比率", "share of days with good air quality", "%", 0,
   FORMS("空气质量优良天数比率", "空气质量优良天数比例", "优良天数比率", "优良天数比例",
         "空气优良天数比率", "空气质量优良率", "空气优良率", "城市空气质量优良天数比率",
         "地级及以上城市空气质量优良天数比率")},
  {"pm25", "细颗粒物(PM2.5)平均浓度", "average PM2.5 concentration", "微克/立方米", 0,
   FORMS("细颗粒物(PM2.5)平均浓度", "细颗粒物(PM2.5)浓度", "PM2.5平均浓度", "PM2.5浓度",
         "PM2.5年均浓度", "细颗粒物平均浓度", "细颗粒物浓度", "细颗粒物年均浓度")},
  {"surface_water_quality", "地表水水质优良比例",
   "share of surface water of good quality", "%", 0,
   FORMS("地表水水质优良比例", "地表水水质优良率", "地表水优良水体比例",
         "地表水国考断面水质优良比例", "国考断面水质优良比例", "地表水达到或好于III类水体比例",
         "地表水达到或好于Ⅲ类水体比例")},
  {"electricity_use", "全社会用电量", "electricity consumption", "亿千瓦时", 0,
   FORMS("全社会用电量", "用电量")},

  /* Money and credit */
  {"m2", "广义货币供应量", "broad money (M2)", "%", 0,
   FORMS("广义货币供应量", "广义货币", "M2", "广义货币(M2)", "广义货币M2", "广义货币供应量M2",
         "货币供应量")},
  {"social_financing", "社会融资规模", "aggregate financing to the real economy", "亿元", 0,
   FORMS("社会融资规模", "社会融资规模存量", "社会融资规模增量")},
  {"deposits", "各项存款余额", "deposits outstanding", "亿元", 0,
   FORMS("各项存款余额", "存款余额", "金融机构存款余额", "人民币存款余额",
         "金融机构人民币存款余额", "金融机构各项存款余额")},
  {"loans", "各项贷款余额", "loans outstanding", "亿元", 0,
   FORMS("各项贷款余额", "贷款余额", "金融机构贷款余额", "人民币贷款余额",
         "金融机构人民币贷款余额", "金融机构各项贷款余额")},

  /* Social development */
  {"rd_intensity", "研发经费投入强度", "R&D spending as a share of GDP", "%", 0,
   FORMS("研发经费投入强度", "研究与试验发展经费投入强度", "研究与试验发展(R&D)经费投入强度",
         "R&D经费投入强度", "研发投入强度", "R&D投入强度", "研发经费支出占GDP比重",
         "研发经费支出占地区生产总值比重", "研发经费支出占国内生产总值比重",
         "研究与试验发展经费支出占国内生产总值比重", "研究与试验发展经费支出占地区生产总值比重",
         "R&D经费支出占GDP比重", "研发经费占GDP比重", "研发经费投入占地区生产总值比重",
         "研发经费支出占地区生产总值的比重", "研发经费支出占国内生产总值的比重")},
  {"rd_spending", "研发经费投入", "R&D spending", "亿元", 0,
   FORMS("研发经费投入", "研发经费支出", "研究与试验发展经费", "研究与试验发展经费支出",
         "研发投入", "R&D经费", "R&D经费支出")},
  {"tourism_revenue", "旅游总收入", "tourism revenue", "亿元", 0,
   FORMS("旅游总收入", "旅游收入", "旅游综合收入", "旅游业总收入")},
  {"tourist_arrivals", "接待游客", "tourist arrivals", "万人次", 0,
   FORMS("接待游客", "游客接待量", "旅游接待人数", "接待旅游者", "接待国内外游客",
         "接待游客人次", "旅游人次", "游客人次", "接待游客总人次")},
  {"pension_coverage", "基本养老保险参保率", "basic pension insurance coverage", "%", 0,
   FORMS("基本养老保险参保率", "养老保险参保率")},
  {"medical_coverage", "基本医疗保险参保率", "basic medical insurance coverage", "%", 0,
   FORMS("基本医疗保险参保率", "医疗保险参保率", "医保参保率")},
};

const size_t indicator_catalogue_size = sizeof indicator_catalogue / sizeof indicator_catalogue[0];

/* Words that set the scope of an indicator (whose region, which level of government),
** allowed before any form and kept in the indicator as written. Two may follow each
** other (全区全社会固定资产投资). */
static const char *const scope_prefixes[] = {
  "全区", "全市", "全省", "全县", "全国", "全州", "全盟", "全旗", "全镇", "全乡", "全区域",
  "我区", "我市", "我省", "我县", "我州", "我国", "我旗", "本区", "本市", "本县", "本省",
  "区属", "市属", "县属", "全社会", "全口径", "全部", "区级", "市级", "县级", "省级",
  "全区地方", "全市地方", "全省地方", "地方", "辖区", "全辖区",
};

/* Modifiers naming two populations, split for 分别 lists and for one shared figure. */
static const struct {
  const char *word;
  const char *parts[2];
} split_modifiers[] = {
  {"城乡", {"城镇", "农村"}},
};

/* The lexicon: the forms (built-in rows point at static strings, users' rows own
** theirs), a forward and a reversed trie over them, and one over the scope prefixes. */
struct indicator_lexicon {
  indicator_form *forms;
  size_t n_forms, cap_forms;
  wordtrie *forward, *backward;
  wordtrie *scope, *scope_forward;
  void **owned; /* canonical names of users' new ids */
  size_t n_owned;
};

static int forms_push(indicator_lexicon *lex, const indicator_form *f)
{
  if (lex->n_forms == lex->cap_forms) {
    size_t cap = lex->cap_forms ? lex->cap_forms * 2 : 512;
    indicator_form *forms = gwr_mem_realloc(lex->forms, cap * sizeof *forms);
    if (forms == NULL) return -1;
    lex->forms = forms;
    lex->cap_forms = cap;
  }
  lex->forms[lex->n_forms++] = *f;
  return 0;
}

static int index_form(indicator_lexicon *lex, size_t i)
{
  const char *form = lex->forms[i].form;
  size_t n = strlen(form);
  if (wordtrie_add(lex->forward, form, n, (int)i) < 0) return -1;
  if (wordtrie_add(lex->backward, form, n, (int)i) < 0) return -1;
  return 0;
}

indicator_lexicon *indicator_lexicon_new(void)
{
  indicator_lexicon *lex = gwr_mem_alloc(sizeof *lex);
  if (lex == NULL) return NULL;
  memset(lex, 0, sizeof *lex);
  lex->forward = wordtrie_new(0);
  lex->backward = wordtrie_new(1);
  lex->scope = wordtrie_new(1);
  lex->scope_forward = wordtrie_new(0);
  if (!lex->forward || !lex->backward || !lex->scope || !lex->scope_forward) goto nomem;
  for (size_t k = 0; k < sizeof scope_prefixes / sizeof scope_prefixes[0]; k++) {
    size_t len = strlen(scope_prefixes[k]);
    if (wordtrie_add(lex->scope, scope_prefixes[k], len, 1) < 0 ||
        wordtrie_add(lex->scope_forward, scope_prefixes[k], len, 1) < 0)
      goto nomem;
  }
  for (size_t k = 0; k < indicator_catalogue_size; k++) {
    const indicator_def *d = &indicator_catalogue[k];
    for (const char *const *form = d->forms; *form; form++) {
      indicator_form f = {d->id, d->name, d->name_en, d->unit, *form, d->flags, 0, 0};
      if (forms_push(lex, &f) < 0 || index_form(lex, lex->n_forms - 1) < 0) goto nomem;
    }
  }
  return lex;
nomem:
  indicator_lexicon_free(lex);
  return NULL;
}

void indicator_lexicon_free(indicator_lexicon *lex)
{
  if (lex == NULL) return;
  for (size_t i = 0; i < lex->n_forms; i++) {
    indicator_form *f = &lex->forms[i];
    if (f->user) { /* a user's row owns its id and form ... */
      gwr_mem_free((void *)f->id);
      gwr_mem_free((void *)f->form);
    }
  }
  for (size_t i = 0; i < lex->n_owned; i++) gwr_mem_free(lex->owned[i]); /* ... and new names */
  gwr_mem_free(lex->owned);
  gwr_mem_free(lex->forms);
  wordtrie_free(lex->forward);
  wordtrie_free(lex->backward);
  wordtrie_free(lex->scope);
  wordtrie_free(lex->scope_forward);
  gwr_mem_free(lex);
}

static int is_id_char(char c)
{
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
}

const indicator_form *indicator_lexicon_find_id(const indicator_lexicon *lex, const char *id)
{
  for (size_t i = 0; i < lex->n_forms; i++) {
    if (strcmp(lex->forms[i].id, id) == 0) return &lex->forms[i];
  }
  return NULL;
}

/* The number of characters of a form, not counting those words step over. */
static size_t form_length(const char *form, size_t n, int *only_skipped)
{
  const unsigned char *s = (const unsigned char *)form;
  size_t chars = 0, pos = 0;
  *only_skipped = 1;
  while (pos < n) {
    uint32_t c = utf8_next(s, n, &pos);
    chars++;
    if (!wordtrie_is_skipped(c)) *only_skipped = 0;
  }
  return chars;
}

indicator_add_result indicator_lexicon_add(indicator_lexicon *lex, const char *id,
                                           const char *form, size_t form_len,
                                           const char *name)
{
  size_t id_len = strlen(id);
  if (id_len == 0 || id_len > 64) return INDICATOR_BAD_ID;
  for (size_t k = 0; k < id_len; k++) {
    if (!is_id_char(id[k])) return INDICATOR_BAD_ID;
  }
  int only_skipped;
  size_t chars = form_length(form, form_len, &only_skipped);
  if (chars == 0 || chars > 64 || only_skipped) return INDICATOR_BAD_FORM;

  const indicator_form *known = indicator_lexicon_find_id(lex, id);
  if (known && name && strcmp(name, known->name) != 0) return INDICATOR_NAME_CONFLICT;
  const indicator_form *same = indicator_lexicon_lookup(lex, form, form_len);
  if (same && strcmp(same->id, id) == 0) return INDICATOR_UNCHANGED;
  size_t same_index = same ? (size_t)(same - lex->forms) : SIZE_MAX; /* forms may move */

  char *id_copy = gwr_mem_alloc(id_len + 1);
  char *form_copy = gwr_mem_alloc(form_len + 1);
  char *name_copy = NULL;
  if (known == NULL) {
    const char *zName = name ? name : NULL;
    size_t name_len = zName ? strlen(zName) : form_len;
    name_copy = gwr_mem_alloc(name_len + 1);
    if (name_copy) {
      memcpy(name_copy, zName ? zName : form, name_len);
      name_copy[name_len] = 0;
    }
  }
  void **owned = NULL;
  if (name_copy) {
    owned = gwr_mem_realloc(lex->owned, (lex->n_owned + 1) * sizeof *owned);
    if (owned) lex->owned = owned;
  }
  if (!id_copy || !form_copy || (known == NULL && (!name_copy || !owned))) {
    gwr_mem_free(id_copy);
    gwr_mem_free(form_copy);
    gwr_mem_free(name_copy);
    return INDICATOR_NOMEM;
  }
  memcpy(id_copy, id, id_len + 1);
  memcpy(form_copy, form, form_len);
  form_copy[form_len] = 0;
  if (name_copy) lex->owned[lex->n_owned++] = name_copy;

  indicator_form f = {id_copy, known ? known->name : name_copy, known ? known->name_en : NULL,
                      known ? known->unit : NULL, form_copy, known ? known->flags : 0, 1, 0};
  if (forms_push(lex, &f) < 0) {
    gwr_mem_free(id_copy);
    gwr_mem_free(form_copy);
    return INDICATOR_NOMEM;
  }
  /* Out of memory here leaves a complete row that one trie may not know yet: every index
  ** in the tries stays valid. */
  if (index_form(lex, lex->n_forms - 1) < 0) return INDICATOR_NOMEM;
  if (same_index != SIZE_MAX) lex->forms[same_index].shadowed = 1;
  return INDICATOR_ADDED;
}

size_t indicator_lexicon_count(const indicator_lexicon *lex)
{
  return lex->n_forms;
}

const indicator_form *indicator_lexicon_form(const indicator_lexicon *lex, size_t i)
{
  return i < lex->n_forms ? &lex->forms[i] : NULL;
}

size_t lexicon_scope_start(const indicator_lexicon *lex, const unsigned char *s, size_t lo,
                           size_t end)
{
  for (int k = 0; k < 2; k++) {
    size_t start;
    if (wordtrie_match_back(lex->scope, s, lo, end, &start) < 0) break;
    end = start;
  }
  return end;
}

size_t lexicon_scope_end(const indicator_lexicon *lex, const unsigned char *s, size_t n,
                         size_t pos)
{
  size_t end;
  for (int k = 0; k < 2 && wordtrie_match(lex->scope_forward, s, n, pos, &end) >= 0; k++) pos = end;
  return pos;
}

int lexicon_find_indicator(const indicator_lexicon *lex, const unsigned char *s, size_t n,
                           size_t pos, indicator_match *m)
{
  size_t at = pos;
  for (int k = 0; k <= 2; k++) {
    size_t end;
    int i = wordtrie_match(lex->forward, s, n, at, &end);
    if (i >= 0) {
      m->start = pos;
      m->form_start = at;
      m->end = end;
      m->form = &lex->forms[i];
      return 1;
    }
    if (k == 2 || wordtrie_match(lex->scope_forward, s, n, at, &end) < 0) break;
    at = end; /* step over one scope prefix and look again */
  }
  return 0;
}

int lexicon_find_indicator_ending(const indicator_lexicon *lex, const unsigned char *s,
                                  size_t lo, size_t end, indicator_match *m)
{
  size_t start;
  int i = wordtrie_match_back(lex->backward, s, lo, end, &start);
  if (i < 0) return 0;
  m->form_start = start;
  m->end = end;
  m->start = lexicon_scope_start(lex, s, lo, start);
  m->form = &lex->forms[i];
  return 1;
}

int lexicon_split_modifier(const unsigned char *s, size_t n, size_t pos, size_t *end,
                           const char *parts[2])
{
  for (size_t k = 0; k < sizeof split_modifiers / sizeof split_modifiers[0]; k++) {
    size_t len = strlen(split_modifiers[k].word);
    if (pos + len <= n && memcmp(s + pos, split_modifiers[k].word, len) == 0) {
      parts[0] = split_modifiers[k].parts[0];
      parts[1] = split_modifiers[k].parts[1];
      *end = pos + len;
      return 2;
    }
  }
  return 0;
}

const indicator_form *indicator_lexicon_lookup(const indicator_lexicon *lex,
                                               const char *text, size_t n)
{
  size_t end;
  int i = wordtrie_match(lex->forward, (const unsigned char *)text, n, 0, &end);
  if (i < 0) return NULL;
  /* Whole text only: what follows the match must be characters words step over. */
  for (size_t pos = end; pos < n;) {
    if (!wordtrie_is_skipped(utf8_next((const unsigned char *)text, n, &pos))) return NULL;
  }
  return &lex->forms[i];
}
