#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the seed corpus of the fuzz targets into corpus/ (next to this
# script): small files of every kind, as subsidiaries send them and as
# Excel mangles them. The bytes are committed; rerun after editing a seed
# here, and commit what changed. Needs bash, iconv and sed only.
#
# The names, companies and ID numbers are those of the group the import
# target loads (importinput.cpp), so that rows resolve; a few ID numbers
# are new (valid, for persons created as 外部) and a few are wrong on purpose.
#
# Files not written here stay as they are: the first four seeds and any
# input a fuzzer found and that was fixed (crash-*, found-*).
set -euo pipefail
out="$(cd "$(dirname "$0")" && pwd)/corpus"
mkdir -p "$out"

# seed NAME [ENCODING [crlf|cr]]: the text on stdin (UTF-8, LF), converted
# (UTF-8-BOM, UTF-16LE and UTF-16BE get a byte order mark; GB18030 and GBK
# none, as Excel writes them) and with CRLF or CR line ends when asked.
seed() {
    local name=$1 encoding=${2:-UTF-8} ends=${3:-lf} text
    text=$(cat; echo x)
    text=${text%x}
    case $ends in
    crlf) text=$(printf '%s' "$text" | sed 's/$/\r/'; echo x); text=${text%x} ;;
    cr) text=$(printf '%s' "$text" | tr '\n' '\r'; echo x); text=${text%x} ;;
    esac
    case $encoding in
    UTF-8) printf '%s' "$text" >"$out/$name" ;;
    UTF-8-BOM) { printf '\xef\xbb\xbf'; printf '%s' "$text"; } >"$out/$name" ;;
    UTF-16LE) { printf '\xff\xfe'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-16LE; } >"$out/$name" ;;
    UTF-16BE) { printf '\xfe\xff'; printf '%s' "$text" | iconv -f UTF-8 -t UTF-16BE; } >"$out/$name" ;;
    *) printf '%s' "$text" | iconv -f UTF-8 -t "$encoding" >"$out/$name" ;;
    esac
}

# ---- companies ------------------------------------------------------------
seed companies_zh.csv <<'EOF'
单位编码,单位名称,上级单位编码
XJ,新疆项目部,KF
KF,开发公司（新）,YH
XK,"新区项目部,二期",XJ
HT,海通公司,HT
ZZ,开发公司,YH
EOF
seed companies_en_crlf.csv UTF-8 crlf <<'EOF'
code,name,parent_code,
AA,甲公司,BB,
BB,乙公司,AA,
,无编码公司,YH,
CC,,YH,
YH,沿海集团,,

EOF

# ---- personnel ------------------------------------------------------------
seed personnel_zh.csv <<'EOF'
序号,单位,部门,姓名,性别,身份证号,手机号,岗位,是否党员,人员类别,入职日期,离职日期
1,海通公司,运营部,陆伟志,女,32061219970812218X,19078811100,职员,是,在编,2019/7/1,
2,海通,财务部,曾雪,女,3.20612E+17,1.56306E+10,保安,否,外包,2020年2月30日,
3,开发公司,"工程部,二组",新人甲,男,320612199001011232,13800000000,"经理""副""",Y,劳务派遣,20200101,2019.12.31
4,滨江公司,项目部,徐晨秀,男,320612200312216783,,,否,,2021.3.1,
5,海通公司,工程部,江丽,未知,32061219870820543１,,职员,党员,临时工,2021-13-01,2022-02-29
EOF
seed personnel_en_crlf_blank.csv UTF-8 crlf <<'EOF'
company,department,name,gender,id_number,phone,position,party_member,category,joined_on,left_on,,

物业公司,ops,向兰,f,320612200101105768,19071754410,clerk,true,staff,2020-03-01,,,
物业公司,ops,Xiang Lan,F,320612200101105768,,,false,outsourced,,,,
产业公司,eng,秦鹏文,m,320612198311208861,,,N,family,,2022-03-01,,
,,,,,,,,,,,,

人才事务所,hr,新人乙,女,11010519491231002x,,,yes,dispatched,1949-12-31,,,
EOF
seed personnel_gbk_moved.csv GBK crlf <<'EOF'
单位,姓名,身份证号,人员类别
物业公司,陆伟志,32061219970812218X,在编
物业公司,曾雪,320612197801146515,外包
物业公司,钱多多,320612198512150029,外部
EOF
seed personnel_utf16le_tab.txt UTF-16LE crlf <<'EOF'
单位	姓名	身份证号	手机号	是否党员
铁路公司	彭志	320612200207301943	15557405272	否
铁路公司	彭 志	320612200207301943	'15557405272	是
铁路公司	"彭""志"	32061220020730194	3.20612E+17	是
EOF

# ---- tests ----------------------------------------------------------------
seed tests_title_total_quotes.csv <<'EOF'
海通公司核酸检测统计表（2022年3月）,,,,,,

单位,姓名,身份证号,采样日期,采样点,检测结果,检测机构
海通公司,陆伟志,32061219970812218X,2022-03-15,"通州湾社区,东门",阴性,"第三方""检测""机构"
海通公司,陆伟之,32061219970812218X,2022/3/15,"通州湾社区
东门",阳性,
海通公,江丽,320612198708205431,2022.3.16,通州湾社区,阴,
海通公司,新人丙,320612200102284411,20220316,,+,
,无单位,320684199203030070,2022年3月16日,,待出,
海通公司,陆伟志,32061219970812218X,2022-03-15,"通州湾社区,东门",阳性,
合计,5,,,,,
EOF
seed tests_en_crlf.csv UTF-8 crlf <<'EOF'
Company,Name,ID_Number,Sampled_On,Site,Result,Lab
滨江公司,龚雪,320612200002105519,2022-03-11,G15,negative,lab
滨江公司,龚雪,320612200002105519,2022-03-11,G15,NEGATIVE,lab
滨江公司,龚雪,320612200002105519,2022-03-11 08:30,G15,positive,lab
Total,,,,,,
EOF
seed tests_utf16le_excel.txt UTF-16LE crlf <<'EOF'
单位	姓名	身份证号	采样日期	采样点	检测结果		
海通公司	陆伟志	32061219970812218X	2022/3/15	通州湾社区	阴性		
海通公司	曾雪	320612197801146515	2022年3月15日	"通州湾	社区"	阴性		
海通公司	江丽	3.20612E+17	2022/3/15	通州湾社区	阴性		
							
合计	3						
EOF
seed tests_utf16be.csv UTF-16BE <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
产业公司,秦鹏文,320612198311208861,2022-03-11,阴性
产业公司,秦鹏文,320612198311208861,2022-03-12,阳性
EOF
seed tests_gb18030_title_total.csv GB18030 crlf <<'EOF'
海通公司核酸检测统计表,,,,
单位,姓名,身份证号,采样日期,检测结果
海通公司,陆伟志,32061219970812218X,2022年3月15日,阴性
海通公司,曾雪,320612197801146515,2022/3/15,阴性
海通公司,江丽,320612198708205431,20220315,阳性
海通公司,𠀀𠀁,320612199001011232,20220315,阴性
合计,4,,,
EOF
seed tests_profile_haitong.csv <<'EOF'
单位,姓名,人员证件,采样日,采样点,核酸结果
海通公司,陆伟志,32061219970812218X,2022-03-20,海通项目部,阴性
海通公司,江丽,320612198708205431,2022-03-20,海通项目部,阳性
EOF
seed tests_bad_dates.csv <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
海通公司,陆伟志,32061219970812218X,2022-02-30,阴性
海通公司,陆伟志,32061219970812218X,2022-13-01,阴性
海通公司,陆伟志,32061219970812218X,2022/2/29,阴性
海通公司,陆伟志,32061219970812218X,2022/3/32,阴性
海通公司,陆伟志,32061219970812218X,2022.0.1,阴性
海通公司,陆伟志,32061219970812218X,2022.3.,阴性
海通公司,陆伟志,32061219970812218X,2022年2月30日,阴性
海通公司,陆伟志,32061219970812218X,2022年13月1日,阴性
海通公司,陆伟志,32061219970812218X,2022年3月,阴性
海通公司,陆伟志,32061219970812218X,20220230,阴性
海通公司,陆伟志,32061219970812218X,2022031,阴性
海通公司,陆伟志,32061219970812218X,99999999,阴性
海通公司,陆伟志,32061219970812218X,00000000,阴性
海通公司,陆伟志,32061219970812218X,44621,阴性
海通公司,陆伟志,32061219970812218X,3/15/2022,阴性
海通公司,陆伟志,32061219970812218X,２０２２－０３－１５,阴性
海通公司,陆伟志,32061219970812218X,2022-03-15 25:00,阴性
EOF

# ---- vaccinations ---------------------------------------------------------
seed vaccinations_zh.csv <<'EOF'
单位,姓名,身份证号,剂次,接种日期,疫苗厂家,接种单位
产业公司,秦鹏文,320612198311208861,第一针,2021-04-07,科兴,通州区卫生服务中心
产业公司,秦鹏文,320612198311208861,第2针,2021/6/5,科兴,通州区卫生服务中心
产业公司,秦鹏文,320612198311208861,加强针,2021年11月29日,科兴,
产业公司,秦鹏文,320612198311208861,加强,20211130,智飞,
产业公司,秦鹏文,320612198311208861,第五针,2021.13.1,,
滨江公司,新人丁,320612198512150029,1,2021.4.1,国药,
滨江公司,新人丁,320612198512150029,2,2021-02-30,国药,
EOF
seed vaccinations_en_bom.csv UTF-8-BOM crlf <<'EOF'
company,name,id_number,dose,date,manufacturer,place
物业公司,向兰,320612200101105768,dose 1,2021-07-06,Sinovac,
物业公司,向兰,320612200101105768,dose 2,2021-06-06,Sinovac,
物业公司,向兰,320612200101105768,dose 3,2021-12-06,,
物业公司,向兰,320612200101105768,booster,not a date,,
EOF

# ---- volunteer shifts -----------------------------------------------------
seed shifts_zh.csv <<'EOF'
单位,姓名,身份证号,队伍,服务点,开始时间,结束时间,任务
滨江公司,龚雪,320612200002105519,青年突击队,城港社区,2022-03-01 07:00,2022-03-01 11:00,"核酸检测,秩序维护"
滨江公司,龚雪,320612200002105519,青年突击队,城港社区,2022/3/2 7:00,2022/3/2 6:00,引导
滨江公司,龚雪,320612200002105519,,城港社区,2022-03-03 18:00,2022-03-03 24:00,查码
滨江公司,龚雪,320612200002105519,,,2022-03-04 25:00,2022-03-04 26:00,
滨江公司,龚雪,320612200002105519,,,2022/3/5 7:60,2022/3/5,
滨江公司,龚雪,320612200002105519,,,2022年3月6日 8:00,2022年3月6日 12:00,
滨江公司,新人戊,320684199203030070,党员志愿者,任港社区,2022-03-04 08:00,,
EOF
seed shifts_en_semicolon.csv <<'EOF'
company;name;id_number;team;site;start;end;task
铁路公司;彭志;320612200207301943;team;site;2022-03-04 08:00;2022-03-04 12:00;"a;b"
铁路公司;彭志;320612200207301943;team;site;2022-03-04 08:00:30;2022-03-04 12:00:00;
铁路公司;彭志;320612200207301943;team;site;2022-03-04T08:00;2022-03-04 12:00;
EOF

# ---- inspections ----------------------------------------------------------
seed inspections_zh.csv <<'EOF'
检查编号,检查日期,被检单位,检查方式,检查人,发现问题,整改期限,整改状态
JC20220307-01,2022-03-07,铁路公司,定期检查,李强,防护物资储备不足,2022-03-14,整改中
JC20220307-01,2022-03-07,铁路公司,四不两直,王芳,消杀台账不全,2022/3/14,已整改
JC20220307-01,2022-03-08,滨江公司,四不两直,王芳,消杀台账不全,2022年3月14日,已整改
JC20220311-02,2022.3.11,滨江,飞行检查,张伟,"值班记录缺失,
需补",20220231,未开始
JC20220311-03,2022-03-11,海通,专项督查,张伟,,,
EOF
seed inspections_en_gbk.csv GBK crlf <<'EOF'
code,date,company,method,inspector,finding,deadline,status
JC-1,2022-03-07,海润水务公司,专项检查,李强,无,2022-03-06,rectified
JC-2,,海润水务公司,,,问题,,
EOF

# ---- daily reports --------------------------------------------------------
seed daily_reports_zh.csv <<'EOF'
日期,单位,在岗人数,外出人数,外来人员,隔离观察人数,核酸检测人次,异常情况
2022-03-01,开发公司,232,4,2,1,285,无
2022/3/1,开发公司,232,4,2,1,285,无
2022年3月2日,物业公司,５９９,０,,,,
20220302,海润水务公司,-1,2.5,1e3,"1,024",99999999999,有外来人员已登记
2022.3.2,产业公司,,,,,,
2022-02-30,铁路公司,1,1,1,1,1,
合计,,1,1,1,1,1,
EOF
seed daily_reports_en_utf16le.csv UTF-16LE crlf <<'EOF'
date,company,on_duty,away,arrivals,under_observation,tests_done,anomalies
2022-03-03,人才事务所,10,0,0,0,10,
2022-03-03,人才事务所,11,0,0,0,10,"a ""quoted"" note"
2022-03-04,人材事务所,10,0,0,0,10,
EOF

# ---- each kind in another encoding --------------------------------------------
seed companies_utf16le_tab.txt UTF-16LE crlf <<'EOF'
单位编码	单位名称	上级单位编码
NT	南通项目部	HT
NT	南通项目部	
EOF
seed personnel_gb18030_title_total.csv GB18030 crlf <<'EOF'
盛和公司花名册,,,,
,,,,
单位,姓名,性别,身份证号,人员类别
盛和公司,王海俊,男,320612198504212170,在编
盛和公司,𠀀,女,320612199001011232,家属
小计,2,,,
EOF
seed vaccinations_gbk_tab.txt GBK crlf <<'EOF'
单位	姓名	身份证号	针次	接种时间	厂家
海通公司	江丽	320612198708205431	第一针	2021/4/7	科兴
海通公司	江丽	320612198708205431	第一针	2021/4/8	科兴
EOF
seed shifts_utf16le_tab.txt UTF-16LE crlf <<'EOF'
单位	姓名	身份证号	服务队	服务地点	服务开始时间	服务结束时间	服务内容
海通公司	曾雪	320612197801146515	青年突击队	城港社区	2022/3/1 7:00	2022/3/1 11:00	引导
海通公司	曾雪	320612197801146515	青年突击队	城港社区	2022/3/1 7:00	2022/3/1 7:00	引导
EOF
seed inspections_utf16be.csv UTF-16BE crlf <<'EOF'
督查编号,检查时间,受检单位,检查形式,检查人员,存在问题,整改时限,整改情况
DC-9,2022年3月9日,物业公司,四不两直,赵敏,"门岗未测温,未登记",2022年3月10日,整改中
EOF
seed daily_reports_gbk_title.csv GBK crlf <<'EOF'
各单位疫情防控日报,,,
填报日期,单位,在岗人数,异常
2022/3/5,盛和公司,120,
2022/3/5,盛和,121,无
总计,,241,
EOF
seed tests_excel_id_bom.csv UTF-8-BOM crlf <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
海通公司,陆伟志,3.20612E+17,2022-03-15,阴性
海通公司,陆伟志,3.20612e+17,2022-03-15,阴性
海通公司,陆伟志,320612199708122000,2022-03-15,阴性
EOF
seed tests_blank_trailing_lf.csv <<'EOF'


单位,姓名,身份证号,采样日期,检测结果,,,

海通公司,江丽,320612198708205431,2022-03-17,阴性,,,
   ,  ,,,,,,

海通公司,江丽,320612198708205431,2022-03-18,,,,

EOF

# ---- layouts and bytes the reader must survive -------------------------------
seed layout_cr_only.csv UTF-8 cr <<'EOF'
单位,姓名,身份证号,采样日期
海通公司,曾雪,320612197801146515,2022-03-15
EOF
seed layout_header_only.csv <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
EOF
: >"$out/layout_empty.csv"
seed layout_duplicate_columns.csv <<'EOF'
序号,单位,姓名,姓名,身份证号,身份证号,采样日期,备注,,
1,海通公司,曾雪,曾 雪,320612197801146515,320612198708205431,2022-03-15,,,
EOF
seed layout_unknown_header.csv <<'EOF'
甲,乙,丙
1,2,3
EOF
seed layout_ragged.csv <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
海通公司,曾雪
海通公司,曾雪,320612197801146515,2022-03-15,阴性,多余,多余,多余
"海通公司"x,曾雪,320612197801146515,2022-03-15,阴性
EOF
# Truncated: an odd number of bytes of UTF-16LE.
{ printf '\xff\xfe'; printf '单位\t姓名\n海通公司\t曾' | iconv -f UTF-8 -t UTF-16LE; printf '\x96'; } >"$out/layout_utf16le_odd.txt"
# GB18030 with a byte that is no character half way down.
{ printf '单位,姓名,身份证号,采样日期\n海通公司,曾雪,320612197801146515,2022-03-15\n' | iconv -f UTF-8 -t GB18030
  printf '\xff\xfe\x81,\x80\n'; } >"$out/layout_gb18030_invalid.csv"
# The same file twice in one import happens through the target's options;
# this one is a tests file whose every ID number is wrong in its own way.
seed tests_bad_ids.csv <<'EOF'
单位,姓名,身份证号,采样日期,检测结果
海通公司,甲,320612197801146514,2022-03-15,阴性
海通公司,乙,32061219780114651,2022-03-15,阴性
海通公司,丙,320612780114651,2022-03-15,阴性
海通公司,丁,3.20612E+17,2022-03-15,阴性
海通公司,戊,320612197813146515,2022-03-15,阴性
海通公司,己, 32061219780114 6515 ,2022-03-15,阴性
海通公司,庚,３２０６１２１９７８０１１４６５１５,2022-03-15,阴性
海通公司,辛,=“320612197801146515”,2022-03-15,阴性
海通公司,壬,'320612197801146515,2022-03-15,阴性
EOF
