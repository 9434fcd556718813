// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <array>

// The word lists the demo generator draws from: names, places and phrases as
// they appear in the files the subsidiaries send. Data only, no logic.
namespace seawall::DemoData {

struct CompanySeed
{
    QStringView code;
    QStringView name;
    QStringView parentCode; // empty for the root
    QStringView alias;
    int weight;             // share of the group's personnel
};

// The group as in shared/samples/companies.csv, parents before children.
inline constexpr std::array<CompanySeed, 10> companies{{
    {u"YH", u"沿海集团", u"", u"集团总部", 120},
    {u"KF", u"开发公司", u"YH", u"沿海开发", 260},
    {u"WY", u"物业公司", u"KF", u"沿海物业", 620},
    {u"SW", u"海润水务公司", u"KF", u"海润水务", 480},
    {u"CY", u"产业公司", u"YH", u"沿海产业", 300},
    {u"SH", u"盛和公司", u"YH", u"盛和", 360},
    {u"HT", u"海通公司", u"YH", u"海通", 420},
    {u"BJ", u"滨江公司", u"YH", u"滨江", 300},
    {u"TL", u"铁路公司", u"YH", u"沿海铁路", 260},
    {u"RC", u"人才事务所", u"YH", u"人才所", 80},
}};

// The units that send a morning report (早报) besides the evening one.
inline constexpr std::array<QStringView, 3> morningReporters{{u"WY", u"SW", u"HT"}};

// Surnames, most frequent first (picks are skewed towards the front).
inline constexpr QStringView surnames =
    u"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    u"姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    u"季施缪瞿景仇葛冒";

// Characters of given names, one or two of them.
inline constexpr QStringView maleGiven =
    u"伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国峰志文晨博毅晓海东亮成卫兵新荣忠德春"
    u"松柏雷振宏彬坤锋泽睿哲轩昊然天翔";
inline constexpr QStringView femaleGiven =
    u"芳娜敏静丽艳娟霞秀玲燕婷雪琳洁颖慧梅莉萍红倩丹晶月欣怡佳悦雯蕾薇璐琴云兰凤英华晓玉珍蓉岚菲娅瑶涵萱"
    u"梦思楠";

// Administrative division codes of birth places, Nantong first.
inline constexpr std::array<QStringView, 14> regions{
    u"320612", u"320612", u"320612", u"320602", u"320611", u"320623", u"320681",
    u"320682", u"320684", u"320685", u"320102", u"321281", u"340104", u"370202",
};

inline constexpr std::array<QStringView, 9> departments{
    u"综合部", u"财务部", u"工程部", u"安全质量部", u"运营部", u"项目部", u"客服中心", u"人力资源部", u"党群工作部",
};

inline constexpr std::array<QStringView, 10> positions{
    u"职员", u"职员", u"项目经理", u"安全员", u"保安", u"保洁", u"司机", u"工程师", u"会计", u"部门经理",
};

inline constexpr std::array<QStringView, 14> mobilePrefixes{
    u"130", u"131", u"133", u"135", u"136", u"137", u"138", u"139",
    u"150", u"151", u"158", u"180", u"187", u"199",
};

inline constexpr std::array<QStringView, 7> testSites{
    u"通州湾社区", u"高速卡口G15", u"任港社区", u"城港社区", u"海通项目部", u"党校项目部", u"集团总部",
};

inline constexpr std::array<QStringView, 3> labs{
    u"通州区疾控中心", u"南通市第一人民医院", u"第三方检测机构",
};

struct Vaccine
{
    QStringView manufacturer;
    int primaryDoses; // DOMAIN.md: the primary series by first-dose maker
    int weight;
};

inline constexpr std::array<Vaccine, 5> vaccines{{
    {u"北京生物", 2, 36},
    {u"科兴", 2, 34},
    {u"武汉生物", 2, 13},
    {u"智飞", 3, 11},
    {u"康希诺", 1, 6},
}};

inline constexpr std::array<QStringView, 4> vaccinationPlaces{
    u"通州区卫生服务中心", u"崇川区疾控中心接种门诊", u"金沙街道社区卫生服务中心", u"通州湾临时接种点",
};

inline constexpr QStringView partyTeam = u"党员志愿者";
inline constexpr QStringView youthTeam = u"青年突击队";

inline constexpr std::array<QStringView, 6> shiftSites{
    u"通州湾社区", u"任港社区", u"城港社区", u"高速卡口G15", u"集团总部", u"党校项目部",
};

inline constexpr std::array<QStringView, 6> shiftTasks{
    u"核酸检测秩序维护", u"引导", u"查码", u"测温", u"信息登记", u"物资搬运",
};

inline constexpr std::array<int, 5> shiftStartHours{7, 8, 13, 14, 18};

inline constexpr std::array<QStringView, 6> inspectors{
    u"李强", u"王芳", u"张伟", u"陈静", u"刘洋", u"周敏",
};

inline constexpr std::array<QStringView, 14> findings{
    u"防护物资储备不足", u"消杀台账不全", u"值班记录缺失", u"进出人员未查验两码", u"未佩戴口罩",
    u"测温设备未校准", u"外来人员登记不完整", u"应急预案未更新", u"隔离观察点标识不清", u"核酸检测台账未及时更新",
    u"食堂就餐未分时错峰", u"疫苗接种底数不清", u"重点人员排查不到位", u"场所码未张贴",
};

// Daily report texts: zero reports as units write them, then real anomalies.
inline constexpr std::array<QStringView, 10> zeroAnomalies{
    u"无", u"无", u"无", u"无", u"无", u"无", u"无异常", u"无异常", u"无异常", u"",
};

inline constexpr std::array<QStringView, 8> anomalies{
    u"有外来人员已登记", u"1人居家健康监测", u"外出人员已报备", u"1人健康码黄码，已落实管控",
    u"2人从外省返通，已报备", u"1人发热，已送医排查", u"供应商来访，已查验两码", u"1人密接，已居家隔离",
};

inline constexpr QStringView positiveAnomaly = u"1人核酸检测阳性，已闭环转运，密接人员已隔离";

} // namespace seawall::DemoData
