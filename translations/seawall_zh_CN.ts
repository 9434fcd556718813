<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Audit</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核查</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Lock day</source>
        <translation>锁定日期</translation>
    </message>
    <message>
        <source>Unlock day</source>
        <translation>解锁日期</translation>
    </message>
    <message>
        <source>Purge personal data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Say why the day is unlocked.</source>
        <translation>请说明解锁该日的原因。</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 未锁定。</translation>
    </message>
    <message>
        <source>%1 is locked: its evening briefing (No. %2) was printed. Records of that day cannot change until the day is unlocked (Edit ▸ Unlock Day…).</source>
        <translation>%1 已锁定：当日晚报（第%2期）已打印。在解锁该日（编辑 ▸ 解锁日期…）之前，当日的记录不能更改。</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>A database cannot be backed up onto itself.</source>
        <translation>数据库不能备份到它自身。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>It is open read-only. There is no daily backup of it in %1.</source>
        <translation>现以只读方式打开。%1 中没有它的每日备份。</translation>
    </message>
    <message>
        <source>It is open read-only. The latest backup is %1; restore it with File ▸ Restore from Backup… or `seawall restore %1`.</source>
        <translation>现以只读方式打开。最近的备份是 %1；可用“文件 ▸ 从备份还原…”或 `seawall restore %1` 还原。</translation>
    </message>
    <message>
        <source>A database cannot be restored from itself.</source>
        <translation>数据库不能从它自身还原。</translation>
    </message>
    <message>
        <source>A database on a server is backed up by the server's own tools (pg_dump), not by Seawall.</source>
        <translation>服务器上的数据库请用服务器自带的工具（pg_dump）备份，海堤不备份它。</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>No team</source>
        <translation>未分队伍</translation>
    </message>
    <message>
        <source>No nucleic-acid tests were carried out today, %1 to date</source>
        <translation>今日未开展核酸检测，累计%1人次</translation>
    </message>
    <message numerus="yes">
        <source>Today the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date, all results negative</source>
        <translation>
            <numerusform>今日全集团开展核酸检测%n人次（%1人），累计%2人次，检测结果均为阴性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date</source>
        <translation>
            <numerusform>今日全集团开展核酸检测%n人次（%1人），累计%2人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still pending</source>
        <translation>
            <numerusform>%n人次结果待出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) still pending, all others negative</source>
        <translation>
            <numerusform>%n人次结果待出，其余均为阴性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) fully vaccinated, a full vaccination rate of %1, %2 with a booster</source>
        <translation>
            <numerusform>全程接种%n人，全程接种率%1，加强针接种%2人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer shift(s) today totalling %1 hours, %2 hours to date</source>
        <translation>
            <numerusform>今日开展志愿服务%n班次、共%1小时，累计%2小时</numerusform>
        </translation>
    </message>
    <message>
        <source>no volunteer shifts today, %1 hours to date</source>
        <translation>今日无志愿服务，累计%1小时</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection finding(s) not yet rectified, %1 of them overdue</source>
        <translation>
            <numerusform>督查发现问题尚未整改%n项，其中逾期%1项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inspection finding(s) not yet rectified, none overdue</source>
        <translation>
            <numerusform>督查发现问题尚未整改%n项，均未逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>all %n inspection finding(s) rectified</source>
        <translation>
            <numerusform>督查发现问题%n项已全部整改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) expected to report, all reported, %1 of them zero reports</source>
        <translation>
            <numerusform>应报%n个单位，均已上报，其中零报告%1个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) expected to report, %1 reported, %2 of them zero reports</source>
        <translation>
            <numerusform>应报%n个单位，已报%1个，其中零报告%2个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not reported</source>
        <translation>%1未报</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the names of units</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the clauses of the briefing's paragraph</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>.</source>
        <comment>the end of the briefing's paragraph</comment>
        <translation>。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a sentence, then the rest of the paragraph</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>Today nucleic-acid tests found %n positive result(s).</source>
        <translation>
            <numerusform>今日核酸检测发现阳性%n例。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a company, then one of its figures</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A briefing needs a date.</source>
        <translation>防控日报须有日期。</translation>
    </message>
    <message>
        <source>The briefing was saved but cannot be read back.</source>
        <translation>防控日报已保存，但无法读回。</translation>
    </message>
    <message>
        <source>No nucleic-acid tests were carried out yesterday, %1 to date</source>
        <translation>昨日未开展核酸检测，累计%1人次</translation>
    </message>
    <message numerus="yes">
        <source>Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date, all results negative</source>
        <translation>
            <numerusform>昨日全集团开展核酸检测%n人次（%1人），累计%2人次，检测结果均为阴性</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yesterday the group carried out %n nucleic-acid test(s) of %1 person(s), %2 to date</source>
        <translation>
            <numerusform>昨日全集团开展核酸检测%n人次（%1人），累计%2人次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer shift(s) yesterday totalling %1 hours, %2 hours to date</source>
        <translation>
            <numerusform>昨日开展志愿服务%n班次、共%1小时，累计%2小时</numerusform>
        </translation>
    </message>
    <message>
        <source>no volunteer shifts yesterday, %1 hours to date</source>
        <translation>昨日无志愿服务，累计%1小时</translation>
    </message>
    <message numerus="yes">
        <source>yesterday %n unit(s) expected to report, all reported, %1 of them zero reports</source>
        <translation>
            <numerusform>昨日应报%n个单位，均已上报，其中零报告%1个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>yesterday %n unit(s) expected to report, %1 reported, %2 of them zero reports</source>
        <translation>
            <numerusform>昨日应报%n个单位，已报%1个，其中零报告%2个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this morning %n unit(s) expected to send a morning report, all received</source>
        <translation>
            <numerusform>今日早报应报%n个单位，均已报送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this morning %n unit(s) expected to send a morning report, %1 received so far, %2 not yet</source>
        <translation>
            <numerusform>今日早报应报%n个单位，已报%1个，%2尚未报送</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Yesterday nucleic-acid tests found %n positive result(s).</source>
        <translation>
            <numerusform>昨日核酸检测发现阳性%n例。</numerusform>
        </translation>
    </message>
    <message>
        <source>the units report %1 away, %2 arrivals and %3 under observation</source>
        <translation>各单位日报告外出%1人、外来%2人、隔离观察%3人</translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) registered yesterday, %1 from medium- or high-risk areas</source>
        <translation>
            <numerusform>昨日登记来返人员%n人，其中来自中高风险地区%1人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arrival(s) registered today, %1 from medium- or high-risk areas</source>
        <translation>
            <numerusform>今日登记来返人员%n人，其中来自中高风险地区%1人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) under observation (%1 in centralised quarantine, %2 under home health monitoring), %3 on their last day; health checks missed: %4, abnormal: %5</source>
        <translation>
            <numerusform>在管隔离观察%n人（集中隔离%1人、居家健康监测%2人），今日期满%3人；健康监测未报%4人、异常%5人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) away from the city, %1 past their planned return</source>
        <translation>
            <numerusform>外出未返%n人，其中逾期未返%1人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) away from the city, none past their planned return</source>
        <translation>
            <numerusform>外出未返%n人，均未逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingCharts</name>
    <message>
        <source>Nucleic-acid tests per day (person-times)</source>
        <translation>每日核酸检测（人次）</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>At least one dose</source>
        <translation>至少接种一针</translation>
    </message>
    <message>
        <source>Full primary series</source>
        <translation>完成全程接种</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>加强针</translation>
    </message>
    <message>
        <source>Inspection findings by company</source>
        <translation>各单位督查发现问题</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Volunteer hours by team (to date)</source>
        <translation>各志愿服务队伍累计时长（小时）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Vaccination coverage by company (% of active personnel not exempt)</source>
        <translation>各单位疫苗接种情况（占在册人员%，不含接种禁忌）</translation>
    </message>
</context>
<context>
    <name>BriefingDocument</name>
    <message>
        <source>%1 Epidemic Prevention Daily Briefing</source>
        <translation>%1疫情防控工作日报</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>第%1期</translation>
    </message>
    <message>
        <source>Epidemic prevention office of %1</source>
        <translation>%1疫情防控工作领导小组办公室</translation>
    </message>
    <message>
        <source>%1 (%2 edition)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>早报</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>晚报</translation>
    </message>
    <message>
        <source>(Figures as of %1, %2:00)</source>
        <translation>（数据截至%1%2时）</translation>
    </message>
    <message>
        <source>MMMM d</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>I. Overview</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>较前日</translation>
    </message>
    <message>
        <source>Tests today (person-times)</source>
        <translation>今日核酸检测（人次）</translation>
    </message>
    <message>
        <source>Positive results today</source>
        <translation>今日阳性</translation>
    </message>
    <message>
        <source>Tests to date (person-times)</source>
        <translation>累计核酸检测（人次）</translation>
    </message>
    <message>
        <source>Active personnel</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>Full vaccination rate</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>Boosted</source>
        <translation>加强针人数</translation>
    </message>
    <message>
        <source>Volunteer shifts today</source>
        <translation>今日志愿服务（班次）</translation>
    </message>
    <message>
        <source>Volunteer hours to date</source>
        <translation>累计志愿服务（小时）</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation>已报单位</translation>
    </message>
    <message>
        <source>Units missing</source>
        <translation>未报单位</translation>
    </message>
    <message>
        <source>II. By company</source>
        <translation>二、各单位情况</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Tests today</source>
        <translation>今日检测（人次）</translation>
    </message>
    <message>
        <source>Full vaccination</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务（班次）</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>III. Charts</source>
        <translation>三、图表</translation>
    </message>
    <message>
        <source>IV. Inspections and rectification</source>
        <translation>四、督查整改</translation>
    </message>
    <message>
        <source>All findings have been rectified.</source>
        <translation>督查发现的问题均已整改。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) have reported.</source>
        <translation>
            <numerusform>%n个单位均已报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported: %1.</source>
        <translation>未报单位：%1。</translation>
    </message>
    <message>
        <source>Printed %1 by %2</source>
        <translation>打印时间 %1　打印人 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页　共 %2 页</translation>
    </message>
    <message>
        <source>Seawall %1</source>
        <translation>海堤 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Tests yesterday (person-times)</source>
        <translation>昨日核酸检测（人次）</translation>
    </message>
    <message>
        <source>Positive results yesterday</source>
        <translation>昨日阳性</translation>
    </message>
    <message>
        <source>Volunteer shifts yesterday</source>
        <translation>昨日志愿服务（班次）</translation>
    </message>
    <message>
        <source>Tests yesterday</source>
        <translation>昨日检测（人次）</translation>
    </message>
    <message>
        <source>Report yesterday</source>
        <translation>昨日日报告</translation>
    </message>
    <message numerus="yes">
        <source>All %n unit(s) reported yesterday.</source>
        <translation>
            <numerusform>昨日%n个单位均已报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported yesterday: %1.</source>
        <translation>昨日未报单位：%1。</translation>
    </message>
    <message>
        <source>No unit sends a morning report.</source>
        <translation>无报送早报的单位。</translation>
    </message>
    <message numerus="yes">
        <source>Morning reports today: all %n unit(s) have reported.</source>
        <translation>
            <numerusform>今日早报：%n个单位均已报送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Morning reports today: %1 of %n unit(s) received so far; not yet received: %2.</source>
        <translation>
            <numerusform>今日早报：应报%n个单位，已报%1个；尚未报送：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>VI. Daily reports</source>
        <translation>六、日报告</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>等 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>V. Readiness</source>
        <translation>五、保障情况</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>带班</translation>
    </message>
    <message>
        <source>%1 (no duty)</source>
        <translation>%1（无人值班）</translation>
    </message>
    <message>
        <source>%1 (no %2)</source>
        <translation>%1（缺%2）</translation>
    </message>
    <message>
        <source>Duty gaps: none today or tomorrow.</source>
        <translation>值班缺口：今明两日值班均已落实。</translation>
    </message>
    <message>
        <source>Duty gaps: today %1; tomorrow %2.</source>
        <translation>值班缺口：今日 %1；明日 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 %2 %3/%4</source>
        <translation>%1%2 %3/%4</translation>
    </message>
    <message>
        <source>Supplies: every item is at or above its minimum reserve.</source>
        <translation>防疫物资：各项物资均不低于最低储备。</translation>
    </message>
    <message numerus="yes">
        <source>Supplies below the minimum reserve (%n): %1.</source>
        <translation>
            <numerusform>低于最低储备的物资（%n 项）：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Certificates: none expires within 30 days.</source>
        <translation>培训证书：30日内无到期证书。</translation>
    </message>
    <message numerus="yes">
        <source>Certificates expiring within 30 days (%n): %1.</source>
        <translation>
            <numerusform>30日内到期证书（%n 份）：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drills this month: %n</source>
        <translation>
            <numerusform>本月演练 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, the latest %1 (%2)</source>
        <translation>，最近一次为%1（%2）</translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
    <message>
        <source>No drill in 30 days: %1.</source>
        <translation>30日内未演练：%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a unit, then the anomalies its report names</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Arrivals yesterday (risk areas)</source>
        <translation>昨日来返（中高风险）</translation>
    </message>
    <message>
        <source>Arrivals today (risk areas)</source>
        <translation>今日来返（中高风险）</translation>
    </message>
    <message>
        <source>Under observation (centralised)</source>
        <translation>隔离观察（集中隔离）</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>今日期满</translation>
    </message>
    <message>
        <source>Checks missed</source>
        <translation>监测未报</translation>
    </message>
    <message>
        <source>Abnormal checks</source>
        <translation>监测异常</translation>
    </message>
    <message>
        <source>Away (overdue)</source>
        <translation>外出（逾期未返）</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>全集团</translation>
    </message>
    <message>
        <source>VII. Arrivals and health monitoring</source>
        <translation>七、来返人员与健康监测</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a unit and how many of its people are away</comment>
        <translation>%1 %2人</translation>
    </message>
    <message>
        <source>Away, none overdue: %1.</source>
        <translation>外出均未逾期：%1。</translation>
    </message>
</context>
<context>
    <name>CallListDocument</name>
    <message>
        <source>Daily report call list</source>
        <translation>日报告催报名单</translation>
    </message>
    <message>
        <source>Units without a daily report for %1: %2</source>
        <translation>%1 未报日报告单位：%2 个</translation>
    </message>
    <message>
        <source>Every unit has reported.</source>
        <translation>各单位均已上报。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Days without report</source>
        <translation>连续未报天数</translation>
    </message>
    <message>
        <source>Called / note</source>
        <translation>催报情况 / 备注</translation>
    </message>
    <message>
        <source>never reported</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown command "%1". Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <source>init takes no arguments.</source>
        <translation>init 命令不带参数。</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1：数据库结构版本 %2</translation>
    </message>
    <message>
        <source>demo takes no file arguments.</source>
        <translation>demo 命令不带文件参数。</translation>
    </message>
    <message>
        <source>--date needs a date written as YYYY-MM-DD.</source>
        <translation>--date 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>%1 already holds data; left as it is.</source>
        <translation>%1 中已有数据，保持不变。</translation>
    </message>
    <message>
        <source>Generating demo data: %1%</source>
        <translation>正在生成演示数据：%1%</translation>
    </message>
    <message>
        <source>Demo data written to %1.</source>
        <translation>演示数据已写入 %1。</translation>
    </message>
    <message>
        <source>stats takes no file arguments.</source>
        <translation>stats 命令不带文件参数。</translation>
    </message>
    <message>
        <source>stats needs --date YYYY-MM-DD.</source>
        <translation>stats 命令需要 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>briefing takes no file arguments.</source>
        <translation>briefing 命令不带文件参数。</translation>
    </message>
    <message>
        <source>briefing needs --date YYYY-MM-DD.</source>
        <translation>briefing 命令需要 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>--edition is morning or evening.</source>
        <translation>--edition 只能是 morning（早报）或 evening（晚报）。</translation>
    </message>
    <message>
        <source>briefing needs --pdf FILE (and/or --png FILE).</source>
        <translation>briefing 命令需要 --pdf 文件（或 --png 文件）。</translation>
    </message>
    <message numerus="yes">
        <source>Briefing No. %1 of %2: %n page(s).</source>
        <translation>
            <numerusform>%2 第%1期日报：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>import --undo needs the number of one import (see seawall imports).</source>
        <translation>import --undo 需要一次导入的编号（见 seawall imports）。</translation>
    </message>
    <message>
        <source>Import %1 undone.</source>
        <translation>已撤销第 %1 次导入。</translation>
    </message>
    <message>
        <source>import needs at least one file.</source>
        <translation>import 命令至少需要一个文件。</translation>
    </message>
    <message>
        <source>Unknown kind "%1". Kinds: %2.</source>
        <translation>未知文件类型“%1”。可用类型：%2。</translation>
    </message>
    <message>
        <source>imports takes no file arguments.</source>
        <translation>imports 命令不带文件参数。</translation>
    </message>
    <message>
        <source>csv needs exactly one file.</source>
        <translation>csv 命令需要且只需要一个文件。</translation>
    </message>
    <message>
        <source>Unknown kind "%1".</source>
        <translation>未知文件类型“%1”。</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation>编码：%1</translation>
    </message>
    <message>
        <source>Delimiter: %1</source>
        <translation>分隔符：%1</translation>
    </message>
    <message>
        <source>Header line: %1</source>
        <translation>表头所在行：%1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>文件类型：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>各列：</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Data records: %1</source>
        <translation>数据行数：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Workbook: %1, sheet %2 (of %3)</source>
        <translation>工作簿：%1，工作表 %2（共有：%3）</translation>
    </message>
    <message>
        <source>template needs --kind and one output file.</source>
        <translation>template 命令需要 --kind 和一个输出文件。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>backup needs the file to write: backup DEST.</source>
        <translation>backup 需要指定要写入的文件：backup 目标文件。</translation>
    </message>
    <message>
        <source>%1 backed up to %2.</source>
        <translation>%1 已备份到 %2。</translation>
    </message>
    <message>
        <source>restore needs the backup to restore: restore BACKUP.</source>
        <translation>restore 需要指定要还原的备份：restore 备份文件。</translation>
    </message>
    <message>
        <source>%1 restored from %2.</source>
        <translation>%1 已从 %2 还原。</translation>
    </message>
    <message>
        <source>The file as it was is kept as %1.</source>
        <translation>原文件另存为 %1。</translation>
    </message>
    <message>
        <source>audit takes no file arguments.</source>
        <translation>audit 不接受文件参数。</translation>
    </message>
    <message>
        <source>--%1 needs a date written as YYYY-MM-DD.</source>
        <translation>--%1 需要 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>import %1</source>
        <translation>第 %1 次导入</translation>
    </message>
    <message>
        <source>unlock takes no file arguments.</source>
        <translation>unlock 不接受文件参数。</translation>
    </message>
    <message>
        <source>unlock needs --date YYYY-MM-DD.</source>
        <translation>unlock 需要 --date YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>unlock needs --reason TEXT: why the printed day may change.</source>
        <translation>unlock 需要 --reason 原因：说明已打印之日为何需要更改。</translation>
    </message>
    <message>
        <source>%1 is unlocked; the next evening briefing of that day locks it again.</source>
        <translation>%1 已解锁；再次打印当日晚报时将重新锁定。</translation>
    </message>
    <message>
        <source>purge takes no file arguments.</source>
        <translation>purge 不接受文件参数。</translation>
    </message>
    <message>
        <source>purge replaces the names, ID and phone numbers of every person by pseudonyms, for good, and deletes the daily backups; run it again with --confirm to do so.</source>
        <translation>purge 会把每个人员的姓名、身份证号和手机号永久替换为化名，并删除每日备份；确认要这样做，请加上 --confirm 再运行。</translation>
    </message>
    <message>
        <source>The personal data of %1 were replaced by pseudonyms.</source>
        <translation>%1 中的个人信息已替换为化名。</translation>
    </message>
    <message>
        <source>Another import into this database is running; waiting for it to finish…</source>
        <translation>另一项导入正在写入此数据库，等待其完成…</translation>
    </message>
    <message>
        <source>init --roles is for a database on a PostgreSQL server; a file has one user, who owns it.</source>
        <translation>init --roles 仅用于 PostgreSQL 服务器上的数据库；数据库文件只有一个用户，即其所有者。</translation>
    </message>
    <message>
        <source>%1: roles seawall_admin, seawall_coordinator and seawall_viewer ready.</source>
        <translation>%1：角色 seawall_admin、seawall_coordinator 和 seawall_viewer 已就绪。</translation>
    </message>
    <message>
        <source>user needs one of: add NAME --role viewer|coordinator|admin, list, remove NAME.</source>
        <translation>user 需要以下之一：add 名称 --role viewer|coordinator|admin、list、remove 名称。</translation>
    </message>
    <message>
        <source>user add needs --role viewer, coordinator or admin.</source>
        <translation>user add 需要 --role viewer、coordinator 或 admin。</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>The same again: </source>
        <translation>再输入一次：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致；未做任何更改。</translation>
    </message>
    <message>
        <source>user add asks for the password at a terminal; else give it on standard input with --password-stdin.</source>
        <translation>user add 在终端中询问密码；否则请用 --password-stdin 从标准输入提供密码。</translation>
    </message>
    <message>
        <source>%1 added as %2.</source>
        <translation>已添加 %1，角色为%2。</translation>
    </message>
    <message>
        <source>%1 removed.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Usage: seawall [--db FILE|URL] [COMMAND [OPTIONS]]

Without a command, opens the main window.

Commands:
  init [--roles]                Create or migrate the database; print its schema version.
                                On a server, --roles also makes the roles seawall_admin,
                                seawall_coordinator and seawall_viewer and their grants.
  demo [--large] [--if-empty]   Fill an empty database with demo data.
  stats --date YYYY-MM-DD [--json]
                                Print the figures of a day.
  briefing --date YYYY-MM-DD [--edition morning|evening] --pdf FILE [--png FILE]
                                Write the daily briefing as a PDF (and PNG pages:
                                FILE, FILE-2 …); it is kept as printed.
  import [--kind K] [--encoding E] [--dry-run] [--skip-invalid] [--rejects OUT.csv]
         [--mark-missing-left] [--json] FILE...
                                Import the CSV files and workbooks subsidiaries send,
                                all or nothing (exit code 2 when rows are rejected).
  import --undo BATCH           Undo one import as a whole.
  imports [--json]              List the imports.
  csv FILE [--encoding E] [--sheet S] [--json]
                                Show how Seawall reads a CSV file or a workbook.
  template --kind K OUT.xlsx    Write a blank workbook for the units to fill in.
  backup DEST                   Write a consistent copy of the database to DEST.
  restore BACKUP                Replace the database with a backup copy, keeping the
                                file as it was beside it.
  audit [--since D] [--until D] [--json]
                                Print the audit log: who changed what, when.
  unlock --date D --reason TEXT Unlock a day whose evening briefing was printed.
  purge --confirm               Replace persons' names, ID and phone numbers by
                                pseudonyms, for good (figures are kept).
  user add NAME --role viewer|coordinator|admin [--password-stdin]
  user list
  user remove NAME              The people of a server database (administrators).
  copy-to TARGET                Copy every row into an empty database, a file or
                                postgresql://user@host[:port]/database, in one
                                transaction; every table's count is checked.

On the first open of each day the database is checked and copied into the folder
backups beside it; the last 14 copies are kept (Settings).

Options:
  --db FILE      The database file (default: %1)
  --db URL       A database on a PostgreSQL server: postgresql://user@host[:port]/database
                 (the password from PGPASSWORD or ~/.pgpass).
  --help         Show this text.
  --version      Show the version.
</source>
        <translation>用法：seawall [--db 文件|地址] [命令 [选项]]

不带命令时打开主窗口。

命令：
  init [--roles]                创建或升级数据库，并显示其结构版本。
                                在服务器上，--roles 还会创建角色 seawall_admin、
                                seawall_coordinator 和 seawall_viewer 及其授权。
  demo [--large] [--if-empty]   向空数据库写入演示数据。
  stats --date YYYY-MM-DD [--json]
                                显示某日的统计数据。
  briefing --date YYYY-MM-DD [--edition morning|evening] --pdf 文件 [--png 文件]
                                将防控日报写成 PDF（及 PNG 页面：文件、文件-2 …），
                                并记录为已打印。
  import [--kind 类型] [--encoding 编码] [--dry-run] [--skip-invalid] [--rejects 输出.csv]
         [--mark-missing-left] [--json] 文件...
                                导入各单位报送的 CSV 文件和 Excel 工作簿，
                                全部成功才写入（有行被拒收时退出码为 2）。
  import --undo 导入编号        整体撤销一次导入。
  imports [--json]              列出历次导入。
  csv 文件 [--encoding 编码] [--sheet 工作表] [--json]
                                显示海堤如何读取一个 CSV 文件或工作簿。
  template --kind 类型 输出.xlsx  生成供各单位填写的空白工作簿（导入模板）。
  backup 目标文件               将数据库的一致副本写入目标文件。
  restore 备份文件              用备份副本替换数据库，原文件另存在其旁边。
  audit [--since 日期] [--until 日期] [--json]
                                显示审计日志：谁在何时修改了什么。
  unlock --date 日期 --reason 原因
                                解锁已打印晚报的日期。
  purge --confirm               把人员的姓名、身份证号和手机号永久替换为化名
                                （统计数据保留）。
  user add 名称 --role viewer|coordinator|admin [--password-stdin]
  user list
  user remove 名称              管理服务器数据库的用户（仅限管理员）。
  copy-to 目标                  把全部数据复制到一个空数据库（文件或
                                postgresql://用户@主机[:端口]/数据库），在一个
                                事务中完成，并核对每张表的行数。

每天首次打开数据库时会检查它，并复制到其旁边的 backups 文件夹；
保留最近 14 份副本（可在设置中更改）。

选项：
  --db 文件      数据库文件（默认：%1）
  --db 地址      PostgreSQL 服务器上的数据库：postgresql://用户@主机[:端口]/数据库
                 （密码取自 PGPASSWORD 或 ~/.pgpass）。
  --help         显示本说明。
  --version      显示版本。
</translation>
    </message>
    <message>
        <source>copy-to needs the database to copy into: a file or postgresql://user@host[:port]/database.</source>
        <translation>copy-to 需要指定要复制到的数据库：一个文件或 postgresql://user@host[:port]/database。</translation>
    </message>
    <message>
        <source>copy-to needs another database than the one copied.</source>
        <translation>copy-to 需要指定另一个数据库，不能复制到被复制的数据库本身。</translation>
    </message>
    <message>
        <source>Copying %1: %2 of %3 rows</source>
        <translation>正在复制 %1：%2 / %3 行</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1 into %2: %n rows, every table's count checked.</source>
        <translation>
            <numerusform>已把 %1 复制到 %2：共 %n 行，已核对每张表的行数。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: the file is not valid %2 text. Choose the file's encoding (for example GB18030 or UTF-8) and read it again.</source>
        <translation>第 %1 行：文件不是有效的 %2 文本。请选择文件的编码（例如 GB18030 或 UTF-8）后重新读取。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Unknown encoding “%1”. Choose UTF-8, GB18030, GBK, UTF-16LE or UTF-16BE.</source>
        <translation>未知的编码“%1”。请选择 UTF-8、GB18030、GBK、UTF-16LE 或 UTF-16BE。</translation>
    </message>
    <message>
        <source>Line %1: a field is longer than %2 characters; a quotation mark is probably not closed.</source>
        <translation>第 %1 行：有一个单元格超过 %2 个字符，可能有引号没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: a record has more than %2 fields.</source>
        <translation>第 %1 行：这一行超过 %2 列。</translation>
    </message>
    <message>
        <source>Line %1: a quoted field that starts here is not closed before the end of the file.</source>
        <translation>第 %1 行：从这一行开始的带引号的单元格直到文件末尾都没有闭合。</translation>
    </message>
    <message>
        <source>The file is empty or has only blank lines.</source>
        <translation>文件是空的，或者只有空行。</translation>
    </message>
    <message>
        <source>No header row was found: no line has two or more columns separated by a comma, tab, semicolon or full-width comma.</source>
        <translation>找不到表头行：没有哪一行有两列或更多以逗号、制表符、分号或全角逗号分隔的内容。</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员花名册</translation>
    </message>
    <message>
        <source>Nucleic-acid tests</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查检查</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>Column %1 is not in the file.</source>
        <translation>文件中没有第 %1 列。</translation>
    </message>
    <message>
        <source>Column %1: “%2” is not a field of this kind of file (%3).</source>
        <translation>第 %1 列：“%2”不是这类文件（%3）的字段。</translation>
    </message>
    <message>
        <source>Two columns are mapped to “%1”; choose one.</source>
        <translation>有两列都对应“%1”，请只选其中一列。</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Parent company code</source>
        <translation>上级单位编码</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>是否党员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Sampling site</source>
        <translation>采样点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Vaccinated on</source>
        <translation>接种日期</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>疫苗厂家</translation>
    </message>
    <message>
        <source>Vaccinated at</source>
        <translation>接种单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Service site</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Inspection code</source>
        <translation>检查编号</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Inspected company</source>
        <translation>被检单位</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>外出人数</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>外来人员</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>隔离观察人数</translation>
    </message>
    <message>
        <source>Tests done</source>
        <translation>核酸检测人次</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Leader on duty</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资名称</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Stocktake date</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <source>Quantity on hand</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Minimum reserve</source>
        <translation>最低储备</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>是否合格</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练名称</translation>
    </message>
    <message>
        <source>Drill type</source>
        <translation>演练类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班值守</translation>
    </message>
    <message>
        <source>Supplies stocktakes</source>
        <translation>物资盘点</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训考试</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离城日期</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>计划返回日期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>是否批准</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>实际返回日期</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>来返日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Observation days</source>
        <translation>观察天数</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离城申报</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康监测</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The login %1 is in none of Seawall's groups (%2, %3, %4): an administrator adds it with “seawall user add”.</source>
        <translation>登录名 %1 不属于海堤的任何用户组（%2、%3、%4）：请管理员用“seawall user add”添加。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is locked by another program. Close it there and try again.</source>
        <translation>%1 已被其他程序锁定。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 是只读的：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Seawall database.</source>
        <translation>%1 不是海堤数据库。</translation>
    </message>
    <message>
        <source>Database error in %1: %2</source>
        <translation>数据库 %1 出错：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Seawall database (it is not an SQLite file).</source>
        <translation>%1 不是海堤数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a Seawall database.</source>
        <translation>%1 是其他程序的 SQLite 数据库，不是海堤数据库。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Seawall (schema version %2; this program knows up to %3). Install the newer Seawall to open it.</source>
        <translation>%1 由更新版本的海堤写入（数据库结构版本 %2，本程序最高支持 %3）。请安装新版海堤后再打开。</translation>
    </message>
    <message>
        <source>No transaction is open.</source>
        <translation>没有打开的事务。</translation>
    </message>
    <message>
        <source>The database connection is not SQLite.</source>
        <translation>数据库连接不是 SQLite。</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk or in a folder that cannot be written to, and Seawall needs to write beside it. Copy it to a folder you can write to and open the copy.</source>
        <translation>%1 位于只读磁盘上或无法写入的文件夹中，而海堤需要在它旁边写入文件。请把它复制到可以写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Open a backup copy of it instead, or ask for help to repair it.</source>
        <translation>%1 已损坏（%2）。请改为打开它的备份副本，或请人帮助修复。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema version %2 to %3 and was left as it was. %4</source>
        <translation>%1 无法从数据库结构版本 %2 升级到 %3，已保持原样。%4</translation>
    </message>
    <message>
        <source>Cannot register the pinyin order: %1</source>
        <translation>无法注册拼音排序：%1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).</source>
        <translation>无法打开 %1：未安装 Qt 的 PostgreSQL 驱动（Debian：libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>%1 is busy with another coordinator's change. Try again.</source>
        <translation>%1 正在处理另一位协调员的修改，请重试。</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Seawall database.</source>
        <translation>%1 是其他程序的数据库，不是海堤数据库。</translation>
    </message>
    <message>
        <source>Cannot open "%1": %2 Give a file, or a PostgreSQL server as postgresql://user@host[:port]/database.</source>
        <translation>无法打开“%1”：%2请指定一个文件，或以 postgresql://user@host[:port]/database 的形式指定 PostgreSQL 服务器。</translation>
    </message>
    <message>
        <source>The address holds a password. Leave it out and keep it in ~/.pgpass or PGPASSWORD instead.</source>
        <translation>地址中含有密码。请去掉密码，改为保存在 ~/.pgpass 或 PGPASSWORD 中。</translation>
    </message>
    <message>
        <source>Seawall does not open databases of the kind "%1".</source>
        <translation>海堤不能打开“%1”类型的数据库。</translation>
    </message>
    <message>
        <source>The address is incomplete: "%1:" must be followed by two slashes.</source>
        <translation>地址不完整：“%1:”后面应有两个斜杠。</translation>
    </message>
    <message>
        <source>The address is not valid: %1.</source>
        <translation>地址无效：%1。</translation>
    </message>
    <message>
        <source>The address names no server.</source>
        <translation>地址中没有服务器。</translation>
    </message>
    <message>
        <source>The address names no database after the server.</source>
        <translation>地址中服务器后面没有数据库名。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1 could not be upgraded from schema version %2 to %3: step %4 failed and was undone; it is at version %5. %6</source>
        <translation>%1 无法从架构版本 %2 升级到 %3：第 %4 步失败并已撤销，数据库现为版本 %5。%6</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>协调员</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>%1 has no schema to keep Seawall's tables in.</source>
        <translation>%1 没有可存放海堤数据表的模式（schema）。</translation>
    </message>
    <message>
        <source>Roles are kept by a PostgreSQL server: %1 is a file, whose one user owns it.</source>
        <translation>角色由 PostgreSQL 服务器管理：%1 是数据库文件，只有一个用户，即其所有者。</translation>
    </message>
    <message>
        <source>Users are kept by a PostgreSQL server: %1 is a file, whose one user owns it.</source>
        <translation>用户由 PostgreSQL 服务器管理：%1 是数据库文件，只有一个用户，即其所有者。</translation>
    </message>
    <message>
        <source>Only an administrator can add or remove users; the server refused (%1).</source>
        <translation>只有管理员才能添加或删除用户；服务器已拒绝（%1）。</translation>
    </message>
    <message>
        <source>"%1" cannot be a user's name: use lower-case letters, digits and _, beginning with a letter (not seawall_ or pg_).</source>
        <translation>“%1”不能作为用户名：请使用小写字母、数字和 _，并以字母开头（不能以 seawall_ 或 pg_ 开头）。</translation>
    </message>
    <message>
        <source>A user needs a password.</source>
        <translation>用户必须设置密码。</translation>
    </message>
    <message>
        <source>%1 is already a role of the server.</source>
        <translation>%1 已是服务器上的角色。</translation>
    </message>
    <message>
        <source>The password could not be prepared: %1</source>
        <translation>无法处理密码：%1</translation>
    </message>
    <message>
        <source>The password could not be prepared.</source>
        <translation>无法处理密码。</translation>
    </message>
    <message>
        <source>Only an administrator can list the users.</source>
        <translation>只有管理员才能列出用户。</translation>
    </message>
    <message>
        <source>%1 is not a user of Seawall on this server.</source>
        <translation>%1 不是此服务器上的海堤用户。</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1：%2 失败：%3</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection.</source>
        <translation>%1 不是 PostgreSQL 连接。</translation>
    </message>
</context>
<context>
    <name>DatabaseCopy</name>
    <message>
        <source>%1 has schema version %2 and %3 version %4: both must have the same.</source>
        <translation>%1 的结构版本为 %2，%3 的为 %4：两者必须相同。</translation>
    </message>
    <message>
        <source>%1 and %2 do not have the same tables.</source>
        <translation>%1 和 %2 的数据表不相同。</translation>
    </message>
    <message>
        <source>%1 already holds data (%2 rows in %3): copy into an empty database only.</source>
        <translation>%1 中已有数据（%3 中有 %2 行）：只能复制到空数据库。</translation>
    </message>
    <message>
        <source>%1 would hold %2 rows of %3 after the copy instead of %4: nothing was copied.</source>
        <translation>复制后 %1 的 %3 将有 %2 行，而不是 %4 行：未复制任何数据。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>The demo data needs a valid date.</source>
        <translation>生成演示数据需要有效的日期。</translation>
    </message>
    <message>
        <source>The database already holds companies or persons. Demo data can only be generated into an empty database.</source>
        <translation>数据库中已有单位或人员。演示数据只能写入空数据库。</translation>
    </message>
    <message>
        <source>Cannot make a temporary folder for the demo data.</source>
        <translation>无法为演示数据创建临时文件夹。</translation>
    </message>
</context>
<context>
    <name>DutyRosterDocument</name>
    <message>
        <source>Day</source>
        <comment>a day shift, in a narrow column</comment>
        <translation>白</translation>
    </message>
    <message>
        <source>Night</source>
        <comment>a night shift, in a narrow column</comment>
        <translation>夜</translation>
    </message>
    <message>
        <source>24h</source>
        <comment>a full-day shift, in a narrow column</comment>
        <translation>全天</translation>
    </message>
    <message>
        <source>No duty</source>
        <translation>无人值班</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>缺%1</translation>
    </message>
    <message>
        <source>Leader: %1</source>
        <translation>带班：%1</translation>
    </message>
    <message>
        <source>Duty roster</source>
        <translation>值班表</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>导入 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <source>The files could not be imported again; they may have changed.</source>
        <translation>无法重新导入这些文件，文件可能已被修改。</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <comment>a count, then the kind of the records</comment>
        <translation>删除 %1 条%2</translation>
    </message>
    <message>
        <source>Add %1 %2</source>
        <translation>添加%1 %2</translation>
    </message>
    <message>
        <source>Edit %1 %2</source>
        <translation>修改%1 %2</translation>
    </message>
    <message>
        <source>… and %1 more.</source>
        <translation>……另有 %1 项。</translation>
    </message>
    <message>
        <source>Delete %1 %2</source>
        <translation>删除%1 %2</translation>
    </message>
    <message>
        <source>?</source>
        <translation>？</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Deleted with it: %1.</source>
        <translation>将一并删除：%1。</translation>
    </message>
    <message>
        <source>Edit ▸ Undo brings it back.</source>
        <translation>可用“编辑 ▸ 撤销”恢复。</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be moved under itself.</source>
        <translation>%1 不能移到自身之下。</translation>
    </message>
    <message>
        <source>%1 cannot be moved under %2, which belongs to it.</source>
        <translation>%1 不能移到其下属单位 %2 之下。</translation>
    </message>
    <message>
        <source>Move company %1</source>
        <translation>移动单位 %1</translation>
    </message>
    <message>
        <source>Zero report of %1</source>
        <translation>%1零报告</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已核查</translation>
    </message>
    <message>
        <source>Clear review</source>
        <translation>取消核查标记</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>a moment ago</source>
        <translation>刚才</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3, after you opened it: %4. Reload it to see the change, or save yours over it.</source>
        <translation>在您打开之后，%2 于 %3 修改了%1：%4。请重新载入查看改动，或用您的内容覆盖。</translation>
    </message>
    <message>
        <source>nothing you can see here</source>
        <translation>此处未显示的内容</translation>
    </message>
</context>
<context>
    <name>Entity</name>
    <message>
        <source>company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>alias</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>test</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>vaccination</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>shift</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>督查检查</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查检查</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>daily report</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>%1: the %2 does not exist.</source>
        <translation>%1：该%2不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 %2 条</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while other records refer to it: %2. Delete or move those first.</source>
        <translation>%1 仍被其他记录引用（%2），不能删除。请先删除或移走这些记录。</translation>
    </message>
    <message>
        <source>There is already a %1 with this %2: %3.</source>
        <translation>已有%2相同的%1：%3。</translation>
    </message>
    <message>
        <source>This %1 was changed elsewhere since it was opened.</source>
        <translation>该%1在打开后已被他处修改。</translation>
    </message>
    <message>
        <source>duty shift</source>
        <translation>值班</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班值守</translation>
    </message>
    <message>
        <source>stocktake</source>
        <translation>物资盘点</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>防疫物资</translation>
    </message>
    <message>
        <source>training record</source>
        <translation>培训考试记录</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训考试</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>leave-city declaration</source>
        <translation>离城申报</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离城申报</translation>
    </message>
    <message>
        <source>arrival</source>
        <translation>来返登记</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>来返登记</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>健康监测</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康监测</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>已被他处修改</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新载入(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save mine over it</source>
        <translation>用我的内容覆盖(&amp;S)</translation>
    </message>
    <message>
        <source>The form now shows the record as it is stored, with your changes where no one else changed the same field. Check it and press OK.</source>
        <translation>表单已显示库中的最新内容，并保留了您所改、他人未改的字段。请核对后按“确定”。</translation>
    </message>
</context>
<context>
    <name>Enums</name>
    <message>
        <source>Staff</source>
        <translation>在编</translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation>劳务派遣</translation>
    </message>
    <message>
        <source>Outsourced</source>
        <translation>外包</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>家属</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>阴性</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>阳性</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待出结果</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>第一针</translation>
    </message>
    <message>
        <source>Second dose</source>
        <translation>第二针</translation>
    </message>
    <message>
        <source>Third dose</source>
        <translation>第三针</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>加强针</translation>
    </message>
    <message>
        <source>Unannounced</source>
        <translation>四不两直</translation>
    </message>
    <message>
        <source>Regular inspection</source>
        <translation>定期检查</translation>
    </message>
    <message>
        <source>Special inspection</source>
        <translation>专项督查</translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>早报</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>晚报</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>白班</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>夜班</translation>
    </message>
    <message>
        <source>Full day</source>
        <translation>全天</translation>
    </message>
    <message>
        <source>Mass testing drill</source>
        <translation>全员核酸检测演练</translation>
    </message>
    <message>
        <source>Emergency response drill</source>
        <translation>应急处置演练</translation>
    </message>
    <message>
        <source>School opening drill</source>
        <translation>开学流程演练</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Low risk</source>
        <translation>低风险</translation>
    </message>
    <message>
        <source>Medium risk</source>
        <translation>中风险</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高风险</translation>
    </message>
    <message>
        <source>Green code</source>
        <translation>绿码</translation>
    </message>
    <message>
        <source>Yellow code</source>
        <translation>黄码</translation>
    </message>
    <message>
        <source>Red code</source>
        <translation>红码</translation>
    </message>
    <message>
        <source>Home health monitoring</source>
        <translation>居家健康监测</translation>
    </message>
    <message>
        <source>Centralised quarantine</source>
        <translation>集中隔离</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Company name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Reports daily</source>
        <translation>每日报告</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>别名</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>在册人数</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>人员类别</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Exempt from</source>
        <translation>禁忌开始日期</translation>
    </message>
    <message>
        <source>Exempt until</source>
        <translation>禁忌结束日期</translation>
    </message>
    <message>
        <source>First dose on</source>
        <translation>第一针日期</translation>
    </message>
    <message>
        <source>Fully vaccinated on</source>
        <translation>全程接种日期</translation>
    </message>
    <message>
        <source>Booster on</source>
        <translation>加强针日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employed</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Not fully vaccinated</source>
        <translation>未完成全程接种</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>采样点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Laboratory</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>剂次</translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation>疫苗厂家</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>接种单位</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>队伍</translation>
    </message>
    <message>
        <source>Service site</source>
        <translation>服务点</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>时长（小时）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>With open findings</source>
        <translation>有未整改问题</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改日期</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>报次</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>外出人数</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>外来人员</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>隔离观察人数</translation>
    </message>
    <message>
        <source>Tests done</source>
        <translation>核酸检测人次</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>With something to report</source>
        <translation>有情况报告</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Company code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Sampling date</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Vaccination date</source>
        <translation>接种日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Inspection code</source>
        <translation>检查编号</translation>
    </message>
    <message>
        <source>Inspection date</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Sends a morning report</source>
        <translation>报送早报</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Person on duty</source>
        <translation>值班人员</translation>
    </message>
    <message>
        <source>Leader on duty</source>
        <translation>带班领导</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资名称</translation>
    </message>
    <message>
        <source>Stocktake date</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Quantity on hand</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Minimum reserve</source>
        <translation>最低储备</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>培训项目</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>考试日期</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>是否合格</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练名称</translation>
    </message>
    <message>
        <source>Drill type</source>
        <translation>演练类型</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>情况说明</translation>
    </message>
    <message>
        <source>Leaves on</source>
        <translation>离城日期</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>计划返回日期</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>是否批准</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>实际返回日期</translation>
    </message>
    <message>
        <source>Away from the city</source>
        <translation>外出情况</translation>
    </message>
    <message>
        <source>Away on the day</source>
        <translation>当日外出</translation>
    </message>
    <message>
        <source>Return overdue</source>
        <translation>逾期未返</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>来返日期</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Health code</source>
        <translation>健康码</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Observation days</source>
        <translation>观察天数</translation>
    </message>
    <message>
        <source>Released on</source>
        <translation>解除日期</translation>
    </message>
    <message>
        <source>Observation ends</source>
        <translation>观察期满</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>隔离观察</translation>
    </message>
    <message>
        <source>Under observation on the day</source>
        <translation>当日在管隔离观察</translation>
    </message>
    <message>
        <source>Last day of observation</source>
        <translation>今日期满</translation>
    </message>
    <message>
        <source>No health check on the day</source>
        <translation>当日未健康监测</translation>
    </message>
    <message>
        <source>Temperature (℃)</source>
        <translation>体温（℃）</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record kind</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Active personnel</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Tests today (person-times)</source>
        <translation>今日核酸检测（人次）</translation>
    </message>
    <message>
        <source>Persons tested today</source>
        <translation>今日检测人数</translation>
    </message>
    <message>
        <source>Positive today</source>
        <translation>今日阳性</translation>
    </message>
    <message>
        <source>Tests to date</source>
        <translation>累计核酸检测（人次）</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>已接种人数（至少一针）</translation>
    </message>
    <message>
        <source>Full primary series</source>
        <translation>完成全程接种人数</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>加强针人数</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>接种禁忌人数</translation>
    </message>
    <message>
        <source>Full vaccination rate</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>Volunteer shifts today</source>
        <translation>今日志愿服务班次</translation>
    </message>
    <message>
        <source>Volunteer hours today</source>
        <translation>今日志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Volunteer hours to date</source>
        <translation>累计志愿服务时长（小时）</translation>
    </message>
    <message>
        <source>Volunteers to date</source>
        <translation>累计志愿者人数</translation>
    </message>
    <message>
        <source>Inspections to date</source>
        <translation>累计督查检查</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现问题</translation>
    </message>
    <message>
        <source>Findings rectified</source>
        <translation>已整改问题</translation>
    </message>
    <message>
        <source>Findings open</source>
        <translation>整改中问题</translation>
    </message>
    <message>
        <source>Findings overdue</source>
        <translation>逾期未整改问题</translation>
    </message>
    <message>
        <source>Units expected to report</source>
        <translation>应报单位</translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation>已报单位</translation>
    </message>
    <message>
        <source>Zero reports</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Figures as of the end of %1</source>
        <translation>截至%1 24时统计数据</translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation>未报单位</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>Tests today</source>
        <translation>今日核酸检测</translation>
    </message>
    <message>
        <source>Full rate</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>Daily report</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>已报</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>%1 %2 (%3 of %4)</source>
        <translation>%1 %2（%3/%4）</translation>
    </message>
    <message>
        <source>Duty gaps</source>
        <translation>值班缺口</translation>
    </message>
    <message>
        <source>Supplies below minimum</source>
        <translation>物资低于最低储备</translation>
    </message>
    <message>
        <source>Persons certified</source>
        <translation>持证人数</translation>
    </message>
    <message>
        <source>Certificates expiring within 30 days</source>
        <translation>30日内到期证书</translation>
    </message>
    <message>
        <source>Drills to date</source>
        <translation>累计演练</translation>
    </message>
    <message>
        <source>Drills in the last 30 days</source>
        <translation>近30日演练</translation>
    </message>
    <message>
        <source>Units without a drill in 30 days</source>
        <translation>30日内未演练单位</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>今日来返人员</translation>
    </message>
    <message>
        <source>Arrivals from risk areas today</source>
        <translation>今日来自中高风险地区</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>在管隔离观察</translation>
    </message>
    <message>
        <source>Centralised quarantine</source>
        <translation>集中隔离</translation>
    </message>
    <message>
        <source>Home health monitoring</source>
        <translation>居家健康监测</translation>
    </message>
    <message>
        <source>Last day of observation</source>
        <translation>今日期满</translation>
    </message>
    <message>
        <source>Health checks missed</source>
        <translation>健康监测未报</translation>
    </message>
    <message>
        <source>Abnormal health checks</source>
        <translation>健康监测异常</translation>
    </message>
    <message>
        <source>Away from the city</source>
        <translation>外出人员</translation>
    </message>
    <message>
        <source>Returns overdue</source>
        <translation>逾期未返</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>active personnel</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>tests today</source>
        <translation>今日核酸检测</translation>
    </message>
    <message>
        <source>full vaccination rate</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>daily report</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>arrivals today</source>
        <translation>今日来返人员</translation>
    </message>
    <message>
        <source>under observation</source>
        <translation>在管隔离观察</translation>
    </message>
    <message>
        <source>away from the city</source>
        <translation>外出人员</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>无需报送</translation>
    </message>
</context>
<context>
    <name>FollowUpDocument</name>
    <message>
        <source>Health follow-up list</source>
        <translation>健康监测随访名单</translation>
    </message>
    <message>
        <source>Under observation on %1: %2</source>
        <translation>%1在管隔离观察：%2人</translation>
    </message>
    <message>
        <source>No one is under observation.</source>
        <translation>无在管隔离观察人员。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>观察天数</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms / note</source>
        <translation>症状/备注</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1天/共%2天</translation>
    </message>
    <message>
        <source>(last)</source>
        <translation>（期满）</translation>
    </message>
    <message>
        <source>Away past the planned return: %1</source>
        <translation>外出逾期未返：%1人</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离城日期</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>计划返回日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
</context>
<context>
    <name>FormFields</name>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
</context>
<context>
    <name>FormOptions</name>
    <message>
        <source>无 (nothing to report)</source>
        <translation>无（无异常情况）</translation>
    </message>
    <message>
        <source>&amp;Zero report</source>
        <translation>零报告(&amp;Z)</translation>
    </message>
    <message>
        <source>Save a zero report (无): nothing to report today.</source>
        <translation>保存为零报告（无）：当日无异常情况。</translation>
    </message>
    <message>
        <source>Rectified on: a rectified finding needs the date it was rectified.</source>
        <translation>整改日期：问题已整改，须填写整改的日期。</translation>
    </message>
</context>
<context>
    <name>HtmlPrint</name>
    <message>
        <source>Printed %1</source>
        <translation>打印时间：%1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>无法打开 %1：%2。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Line %1: none of the column headers is one Seawall knows, so the kind of file cannot be told. Check that this row is the header, or give the kind (--kind).</source>
        <translation>第 %1 行：表头中没有海堤能识别的列名，无法判断文件类型。请检查这一行是否为表头，或指定文件类型（--kind）。</translation>
    </message>
    <message>
        <source>Line %1: this file of %2 has no column for %3. Add the column, or rename its header to one Seawall knows.</source>
        <translation>第 %1 行：这份%2文件缺少 %3 列。请添加该列，或把表头改为海堤能识别的名称。</translation>
    </message>
    <message>
        <source>the cell is empty. Fill it in.</source>
        <translation>该单元格为空，请填写。</translation>
    </message>
    <message>
        <source>"%1" is not a date. Write dates like 2022-03-01.</source>
        <translation>“%1”不是日期。请按 2022-03-01 的格式填写日期。</translation>
    </message>
    <message>
        <source>"%1" is not a date and time. Write them like 2022-03-01 07:00.</source>
        <translation>“%1”不是日期时间。请按 2022-03-01 07:00 的格式填写。</translation>
    </message>
    <message>
        <source>"%1" is not one of %2.</source>
        <translation>“%1”不是以下之一：%2。</translation>
    </message>
    <message>
        <source>"%1" is not a whole number of people.</source>
        <translation>“%1”不是整数人数。</translation>
    </message>
    <message>
        <source>no company is called "%1". Write the name as in the company list, or ask headquarters to add "%1" as an alias.</source>
        <translation>没有名为“%1”的单位。请按单位名录填写名称，或请集团总部把“%1”添加为别名。</translation>
    </message>
    <message>
        <source>no company is called "%1". Did you mean "%2"?</source>
        <translation>没有名为“%1”的单位。是否应为“%2”？</translation>
    </message>
    <message>
        <source>no company has the code "%1". Check the code, or list the parent company above its children.</source>
        <translation>没有编码为“%1”的单位。请核对编码，或把上级单位排在下级单位之前。</translation>
    </message>
    <message>
        <source>"%1" is already the name or an alias of the company with code %2.</source>
        <translation>“%1”已是编码为 %2 的单位的名称或别名。</translation>
    </message>
    <message>
        <source>a company cannot be its own parent.</source>
        <translation>单位不能是自己的上级单位。</translation>
    </message>
    <message>
        <source>"%1" is a number Excel shortened, and its digits are lost. Format the column as text in Excel, type the numbers again and send the file again.</source>
        <translation>“%1”是被 Excel 缩写的数字，原有数字已丢失。请在 Excel 中把该列设置为文本格式，重新录入号码后再发送文件。</translation>
    </message>
    <message>
        <source>"%1" differs from "%2", the name on record for ID number %3; the name on record is kept.</source>
        <translation>“%1”与身份证号 %3 登记的姓名“%2”不一致；保留已登记的姓名。</translation>
    </message>
    <message>
        <source>the person with ID number %1 is on no roster yet, so the name is needed. Fill it in.</source>
        <translation>身份证号为 %1 的人员尚不在任何花名册中，因此需要姓名，请填写。</translation>
    </message>
    <message>
        <source>the person with ID number %1 is on no roster yet, so the company is needed. Fill it in.</source>
        <translation>身份证号为 %1 的人员尚不在任何花名册中，因此需要单位，请填写。</translation>
    </message>
    <message>
        <source>This file was already imported on %1 (import %2); nothing was changed.</source>
        <translation>该文件已于 %1 导入（第 %2 次导入），本次未作任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……另有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s).</source>
        <translation>
            <numerusform>……另有 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2) is on the roster of %3 but not in this file.</source>
        <translation>%1（%2）在%3的花名册中，但不在本文件中。</translation>
    </message>
    <message>
        <source>Marked as left on %1.</source>
        <translation>已标记为于 %1 离职。</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>没有第 %1 次导入。</translation>
    </message>
    <message>
        <source>Import %1 was already undone on %2.</source>
        <translation>第 %1 次导入已于 %2 撤销。</translation>
    </message>
    <message>
        <source>Import %1 cannot be undone: records imported later refer to what it added. Undo those imports first.</source>
        <translation>无法撤销第 %1 次导入：之后导入的记录引用了它添加的数据。请先撤销那些导入。</translation>
    </message>
    <message>
        <source>%1, %2, delimiter %3</source>
        <translation>%1，%2，分隔符 %3</translation>
    </message>
    <message>
        <source>persons on no roster added as external: %1</source>
        <translation>不在花名册中、作为外部人员添加：%1 人</translation>
    </message>
    <message>
        <source>roster: %1 new, %2 changed, %3 moved from another company, %4 missing from the file</source>
        <translation>花名册：新增 %1 人，信息变更 %2 人，从其他单位调入 %3 人，文件中缺少 %4 人</translation>
    </message>
    <message>
        <source>moved: %1 (%2) from %3 to %4</source>
        <translation>调动：%1（%2）从%3调至%4</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the rows above (or use --skip-invalid) and import again.</source>
        <translation>未导入任何数据：请更正以上各行（或使用 --skip-invalid）后重新导入。</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何数据。</translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation>尚无导入记录。</translation>
    </message>
    <message>
        <source>Import	Time	File	Kind	Company	Rows	Inserted	Updated	Unchanged	Rejected	Undone</source>
        <translation>导入	时间	文件	类型	单位	行数	新增	更新	未变	拒收	撤销时间</translation>
    </message>
    <message>
        <source>A row names a person who was not written.</source>
        <translation>有一行所指的人员未能写入。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>The same %1 as an earlier row of this import, with other values: the values of this row are kept.</source>
        <translation>与本次导入中前面一行的%1相同，但其他值不同：以本行的值为准。</translation>
    </message>
    <message>
        <source>rows %1: inserted %2, updated %3, unchanged %4, repeated %5, rejected %6</source>
        <translation>共 %1 行：新增 %2，更新 %3，未变化 %4，重复 %5，拒收 %6</translation>
    </message>
    <message>
        <source>Rejected rows of %1 written to %2.</source>
        <translation>%1 的拒收行已写入 %2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a column's header, then what is wrong in it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 line %2: %3</source>
        <comment>error or warning, a line of the file, what is wrong</comment>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1, %2, sheet %3</source>
        <translation>%1，%2，工作表 %3</translation>
    </message>
    <message>
        <source>"%1" is not a whole number. Write quantities like 2000 or 2,000.</source>
        <translation>“%1”不是整数。数量请写成 2000 或 2,000。</translation>
    </message>
    <message>
        <source>"%1" is not a temperature. Write it like 36.5.</source>
        <translation>“%1”不是体温，请写成36.5这样的格式。</translation>
    </message>
    <message>
        <source>Nothing was imported: a file above cannot be read. Ask for it again, or open it and save it again, then import again.</source>
        <translation>未导入任何数据：上面有文件无法读取。请向报送单位重新索要，或打开后重新保存，再导入。</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1: %2</source>
        <comment>a field, then why it cannot change</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Reconcile</name>
    <message>
        <source>Tests reported vs. recorded</source>
        <translation>检测人次不符</translation>
    </message>
    <message>
        <source>Persons not on the roster</source>
        <translation>不在花名册人员</translation>
    </message>
    <message>
        <source>Vaccination incomplete</source>
        <translation>疫苗接种未完成</translation>
    </message>
    <message>
        <source>Missing daily report</source>
        <translation>日报告缺报</translation>
    </message>
    <message>
        <source>Overdue finding</source>
        <translation>逾期未整改问题</translation>
    </message>
    <message>
        <source>The report says %1 tests done; there are %2 test records, %3 more.</source>
        <translation>日报告核酸检测%1人次，检测记录%2条，多%3条。</translation>
    </message>
    <message>
        <source>The report says %1 tests done; there are %2 test records, %3 fewer.</source>
        <translation>日报告核酸检测%1人次，检测记录%2条，少%3条。</translation>
    </message>
    <message>
        <source>Persons on no roster (external): %1.</source>
        <translation>不在任何花名册的人员（外部）：%1人。</translation>
    </message>
    <message>
        <source>Active persons with no vaccination: %1; with an incomplete primary series: %2.</source>
        <translation>在册人员未接种疫苗%1人，未完成全程接种%2人。</translation>
    </message>
    <message>
        <source>No daily report for %1.</source>
        <translation>%1未报日报告。</translation>
    </message>
    <message>
        <source>“%1” (inspection %2): deadline %3, days overdue: %4.</source>
        <translation>“%1”（检查编号%2）：整改期限%3，已逾期%4天。</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Sampled on</source>
        <translation>采样日期</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>采样点</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>检测机构</translation>
    </message>
    <message>
        <source>Test records</source>
        <translation>检测记录数</translation>
    </message>
    <message>
        <source>Last test</source>
        <translation>最近采样日期</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Primary doses</source>
        <translation>基础免疫剂次</translation>
    </message>
    <message>
        <source>First dose on</source>
        <translation>第一针日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>报次</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>在岗人数</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>外出人数</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>外来人员</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>隔离观察人数</translation>
    </message>
    <message>
        <source>Tests done</source>
        <translation>核酸检测人次</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>异常情况</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查编号</translation>
    </message>
    <message>
        <source>Inspected on</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>检查方式</translation>
    </message>
    <message>
        <source>Inspectors</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>No vaccination</source>
        <translation>未接种</translation>
    </message>
    <message>
        <source>Primary series incomplete</source>
        <translation>未完成全程接种</translation>
    </message>
    <message>
        <source>Names differ for one ID number</source>
        <translation>同一身份证号姓名不一致</translation>
    </message>
    <message>
        <source>%1 (the name before %2, line %3)</source>
        <translation>%1（%2 第%3行改名前）</translation>
    </message>
    <message>
        <source>%1 (%2, line %3)</source>
        <translation>%1（%2 第%3行）</translation>
    </message>
    <message>
        <source>ID number %1 (on no roster): recorded as %2; imported files say %3.</source>
        <translation>身份证号 %1（不在花名册）：记录为%2，导入文件中为%3。</translation>
    </message>
    <message>
        <source>ID number %1: the roster says %2; imported files say %3.</source>
        <translation>身份证号 %1：花名册为%2，导入文件中为%3。</translation>
    </message>
    <message>
        <source>Seen in</source>
        <translation>出现于</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入批次</translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation>出现日期</translation>
    </message>
    <message>
        <source>On record (on no roster)</source>
        <translation>已有记录（不在花名册）</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>People on the move reported vs. registered</source>
        <translation>来返外出人数与登记不符</translation>
    </message>
    <message>
        <source>arrivals reported %1, registered %2</source>
        <translation>外来人员上报%1人、登记%2人</translation>
    </message>
    <message>
        <source>under observation reported %1, registered %2</source>
        <translation>隔离观察上报%1人、登记%2人</translation>
    </message>
    <message>
        <source>away reported %1, registered %2</source>
        <translation>外出上报%1人、登记%2人</translation>
    </message>
    <message>
        <source>The daily report and the registers differ: %1.</source>
        <translation>日报告与登记不符：%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From or to</source>
        <translation>来源地/目的地</translation>
    </message>
    <message>
        <source>Arrived that day</source>
        <translation>当日来返</translation>
    </message>
</context>
<context>
    <name>RecordChange</name>
    <message>
        <source>The records were changed after this step by something else (an import, another program): the step cannot be undone or redone.</source>
        <translation>这一步之后，相关记录已被其他操作（导入或其他程序）修改，无法撤销或重做这一步。</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>Name: "%1" is already used by %2.</source>
        <translation>名称：“%1”已被%2使用。</translation>
    </message>
    <message>
        <source>Parent company: a company cannot be placed under itself or one of its own units.</source>
        <translation>上级单位：单位不能置于自身或其下属单位之下。</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>%1 template.xlsx</source>
        <translation>%1导入模板.xlsx</translation>
    </message>
    <message>
        <source>%1 (fill in from row 3)</source>
        <translation>%1（从第 3 行起填写）</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>请从以下各项中选择：%1。</translation>
    </message>
    <message>
        <source>How to fill in</source>
        <translation>填表说明</translation>
    </message>
    <message>
        <source>%1: how to fill in this template</source>
        <translation>%1导入模板填表说明</translation>
    </message>
    <message>
        <source>Fill in the sheet “%1” from row 3, one record a row; do not change the title or header rows.</source>
        <translation>请在工作表“%1”中从第 3 行起填写，每行一条记录；不要改动标题行和表头行。</translation>
    </message>
    <message>
        <source>Columns marked * must be filled in.</source>
        <translation>带 * 的列为必填项。</translation>
    </message>
    <message>
        <source>ID numbers (18 characters) and phone numbers are text: type them in full. Do not paste them as numbers, or Excel shortens them to 3.20612E+17 and the row is refused.</source>
        <translation>身份证号（18 位）和手机号是文本，请完整录入；不要以数值形式粘贴，否则 Excel 会将其变成 3.20612E+17，该行将被拒收。</translation>
    </message>
    <message>
        <source>Dates like 2022-03-01; dates and times like 2022-03-01 07:00.</source>
        <translation>日期写作 2022-03-01；日期时间写作 2022-03-01 07:00。</translation>
    </message>
    <message>
        <source>Where a cell has a drop-down list, choose from it.</source>
        <translation>有下拉列表的单元格，请从列表中选择。</translation>
    </message>
    <message>
        <source>Send the workbook as it is (.xlsx); there is no need to save it as CSV.</source>
        <translation>直接报送本工作簿（.xlsx），无需另存为 CSV。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>填写内容</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>可选：%1。</translation>
    </message>
    <message>
        <source>A date, like 2022-03-01.</source>
        <translation>日期，如 2022-03-01。</translation>
    </message>
    <message>
        <source>A date and time, like 2022-03-01 07:00.</source>
        <translation>日期时间，如 2022-03-01 07:00。</translation>
    </message>
    <message>
        <source>18 characters, typed in full.</source>
        <translation>18 位，完整录入。</translation>
    </message>
    <message>
        <source>11 digits, typed in full.</source>
        <translation>11 位，完整录入。</translation>
    </message>
    <message>
        <source>The company's name as in the company list.</source>
        <translation>单位名称，与单位列表中的名称一致。</translation>
    </message>
</context>
<context>
    <name>UndoStep</name>
    <message>
        <source>Doing again: %1…</source>
        <translation>正在重做：%1…</translation>
    </message>
    <message>
        <source>Undoing: %1…</source>
        <translation>正在撤销：%1…</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>ID number: it is missing.</source>
        <translation>身份证号：未填写。</translation>
    </message>
    <message>
        <source>ID number: “%1” was turned into a number by Excel. Format the column as text, enter the numbers again and send the file again.</source>
        <translation>身份证号：“%1”已被 Excel 转成数字。请将该列设置为“文本”格式，重新录入号码后再发送文件。</translation>
    </message>
    <message>
        <source>ID number: character %1 is “%2”; only digits are allowed, and X as the last character.</source>
        <translation>身份证号：第 %1 位是“%2”；只能是数字，最后一位可以是 X。</translation>
    </message>
    <message>
        <source>ID number: characters 7 to 14 should be the birth date, but %1 is not a real date.</source>
        <translation>身份证号：第 7 至 14 位应为出生日期，但 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>ID number: the birth date %1 in characters 7 to 14 is before 1900.</source>
        <translation>身份证号：第 7 至 14 位的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>ID number: the birth date %1 in characters 7 to 14 is in the future.</source>
        <translation>身份证号：第 7 至 14 位的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>ID number: the check character should be %1, not %2. A digit may have been mistyped.</source>
        <translation>身份证号：校验位应为 %1，而不是 %2。可能有数字录错。</translation>
    </message>
    <message>
        <source>%1: the number cannot be negative (it is %2).</source>
        <translation>%1：数值不能为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>Parent company: a company cannot be its own parent.</source>
        <translation>上级单位：不能选择本单位。</translation>
    </message>
    <message>
        <source>Date of leaving: %1 is before the date of joining, %2.</source>
        <translation>离职日期：%1 早于入职日期 %2。</translation>
    </message>
    <message>
        <source>Exempt from: the exemption ends on %1 but has no start date.</source>
        <translation>禁忌开始日期：接种禁忌于 %1 结束，但没有开始日期。</translation>
    </message>
    <message>
        <source>Exempt until: %1 is before the start of the exemption, %2.</source>
        <translation>禁忌结束日期：%1 早于禁忌开始日期 %2。</translation>
    </message>
    <message>
        <source>End time: %1 is before the start time, %2.</source>
        <translation>结束时间：%1 早于开始时间 %2。</translation>
    </message>
    <message>
        <source>End time: %1 is the same as the start time.</source>
        <translation>结束时间：%1 与开始时间相同。</translation>
    </message>
    <message>
        <source>End time: %1 is more than 24 hours after the start time, %2.</source>
        <translation>结束时间：%1 比开始时间 %2 晚 24 小时以上。</translation>
    </message>
    <message>
        <source>Rectification deadline: it is missing or not a real date.</source>
        <translation>整改期限：未填写或不是有效日期。</translation>
    </message>
    <message>
        <source>Rectification status: the finding was rectified on %1 but is still marked as being rectified.</source>
        <translation>整改状态：该问题已于 %1 整改，但状态仍为“整改中”。</translation>
    </message>
    <message>
        <source>Report date: %1 is in the future.</source>
        <translation>报告日期：%1 是将来的日期。</translation>
    </message>
    <message>
        <source>%1: it is missing.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: it is missing or not a real date.</source>
        <translation>%1：未填写，或不是有效日期。</translation>
    </message>
    <message>
        <source>%1: it is missing or not a real time.</source>
        <translation>%1：未填写，或不是有效时间。</translation>
    </message>
    <message>
        <source>%1: %2 is not a phone number: a mobile number has 11 digits from 1, a landline its area code first (0513-85551234).</source>
        <translation>%1：%2 不是电话号码：手机号为以 1 开头的 11 位数字，座机号前加区号（如 0513-85551234）。</translation>
    </message>
    <message>
        <source>%1: %2 is not a mobile number (11 digits from 1).</source>
        <translation>%1：%2 不是手机号（以 1 开头的 11 位数字）。</translation>
    </message>
    <message>
        <source>Gender: the ID number says %1.</source>
        <translation>性别：身份证号表明为%1。</translation>
    </message>
    <message>
        <source>ID number: it has %1 characters instead of 18.</source>
        <translation>身份证号：应为 18 位，此处为 %1 位。</translation>
    </message>
    <message>
        <source>Company: it is missing.</source>
        <translation>单位：未填写。</translation>
    </message>
    <message>
        <source>Planned return: %1 is before the leave date, %2.</source>
        <translation>计划返回日期：%1早于离城日期%2。</translation>
    </message>
    <message>
        <source>Returned on: %1 is before the leave date, %2.</source>
        <translation>实际返回日期：%1早于离城日期%2。</translation>
    </message>
    <message>
        <source>Released on: %1 is before the arrival date, %2.</source>
        <translation>解除日期：%1早于来返日期%2。</translation>
    </message>
    <message>
        <source>Observation days: %1 is more than %2 days.</source>
        <translation>观察天数：%1超过%2天。</translation>
    </message>
    <message>
        <source>Temperature: %1 ℃ is not a body temperature (%2–%3 ℃).</source>
        <translation>体温：%1 ℃不是人体体温（%2–%3 ℃）。</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>%1 is not an Excel workbook.</source>
        <translation>%1 不是 Excel 工作簿。</translation>
    </message>
    <message>
        <source>%1 has no worksheet.</source>
        <translation>%1 中没有工作表。</translation>
    </message>
    <message>
        <source>Cannot read %1: the workbook is damaged (%2: %3).</source>
        <translation>无法读取 %1：工作簿已损坏（%2：%3）。</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not an Excel workbook, or it is damaged or protected by a password.</source>
        <translation>无法读取 %1：它不是 Excel 工作簿，或已损坏，或设有密码保护。</translation>
    </message>
    <message>
        <source>The workbook has no sheet %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>the file could not be put in place</source>
        <translation>文件无法放到目标位置</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”.</source>
        <translation>工作簿中没有工作表“%1”。</translation>
    </message>
    <message>
        <source>No header row was found: no sheet of the workbook has a row of two or more headers.</source>
        <translation>未找到表头行：工作簿的各工作表中都没有含两个及以上列标题的行。</translation>
    </message>
    <message>
        <source>it ends part way</source>
        <translation>在中途断开</translation>
    </message>
    <message>
        <source>an unknown entity</source>
        <translation>含有未知的实体引用</translation>
    </message>
    <message>
        <source>an element closed that is not open</source>
        <translation>元素的结束标记不匹配</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>an element inside a value</source>
        <translation>单元格的值中含有元素</translation>
    </message>
    <message>
        <source>its compressed data cannot be unpacked</source>
        <translation>其压缩数据无法解开</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Seawall</source>
        <translation>海堤</translation>
    </message>
</context>
<context>
    <name>seawall::BriefingView</name>
    <message>
        <source>Evening edition</source>
        <translation>晚报</translation>
    </message>
    <message>
        <source>Morning edition</source>
        <translation>早报</translation>
    </message>
    <message>
        <source>&amp;Edit paragraph…</source>
        <translation>编辑总体情况(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Briefing %1 %2.pdf</source>
        <translation>防控日报 %1 %2.pdf</translation>
    </message>
    <message>
        <source>Export briefing</source>
        <translation>导出日报</translation>
    </message>
    <message>
        <source>Edition:</source>
        <translation>版次：</translation>
    </message>
    <message>
        <source>Printed briefings</source>
        <translation>已打印的日报</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>日报</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The printer could not be used.</source>
        <translation>无法使用该打印机。</translation>
    </message>
    <message>
        <source>Edit paragraph</source>
        <translation>编辑总体情况</translation>
    </message>
    <message>
        <source>Draft again from the figures</source>
        <translation>按数据重新起草</translation>
    </message>
    <message>
        <source>The paragraph of the overview, as it will be printed:</source>
        <translation>“总体情况”段落（按此打印）：</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3</source>
        <translation>第%1期 · %2 · %3</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>早报</translation>
    </message>
    <message>
        <source>evening</source>
        <translation>晚报</translation>
    </message>
    <message>
        <source>The figures have not changed since this briefing was printed.</source>
        <translation>打印后数据未发生变化。</translation>
    </message>
    <message>
        <source>Figures changed since this briefing was printed:</source>
        <translation>打印后以下数据已发生变化：</translation>
    </message>
    <message>
        <source>The briefing was saved as %1.</source>
        <translation>日报已保存为 %1。</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>a figure, its value as printed, its value now</comment>
        <translation>%1：%2 → %3</translation>
    </message>
</context>
<context>
    <name>seawall::CompanyTree</name>
    <message>
        <source>Whole group</source>
        <translation>全集团</translation>
    </message>
</context>
<context>
    <name>seawall::ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The server's name or address</source>
        <translation>服务器名称或地址</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <source>A Seawall database on a PostgreSQL server, shared by the coordinators of a team. The password is asked for when the server wants one.</source>
        <translation>PostgreSQL 服务器上的海堤数据库，由团队的协调员共用。服务器需要密码时再询问。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>seawall::DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日，如 2022-03-01</translation>
    </message>
    <message>
        <source>%1: %2 is not a real date.</source>
        <translation>%1：%2 不是有效日期。</translation>
    </message>
</context>
<context>
    <name>seawall::DutyWeekModel</name>
    <message>
        <source>No duty</source>
        <translation>无人值班</translation>
    </message>
    <message>
        <source>No %1</source>
        <translation>缺%1</translation>
    </message>
    <message>
        <source>Leader on duty: %1</source>
        <translation>带班领导：%1</translation>
    </message>
    <message>
        <source>Type a name (then the phone and the leader) to fill the missing shift; Enter opens the form.</source>
        <translation>输入姓名（可再输入电话和带班领导）补齐所缺班次；按回车打开表单。</translation>
    </message>
</context>
<context>
    <name>seawall::DutyWeekView</name>
    <message>
        <source>Duty</source>
        <translation>值班值守</translation>
    </message>
    <message>
        <source>◀ Previous week</source>
        <translation>◀ 上一周</translation>
    </message>
    <message>
        <source>Next week ▶</source>
        <translation>下一周 ▶</translation>
    </message>
    <message>
        <source>Week of the as-of date</source>
        <translation>截至日所在周</translation>
    </message>
    <message>
        <source>Print duty roster…</source>
        <translation>打印值班表…</translation>
    </message>
    <message>
        <source>Export duty roster to PDF…</source>
        <translation>值班表导出 PDF…</translation>
    </message>
    <message>
        <source>Red days lack duty. Type the name on duty (then the phone and the leader) into one and press Enter to fill the missing shift; Enter on a day opens its form.</source>
        <translation>红色表示当日值班未落实。在其中输入值班人员姓名（可再输入电话和带班领导）后按回车即补齐所缺班次；在某日上按回车打开表单。</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周值班表</translation>
    </message>
    <message>
        <source>All duty records</source>
        <translation>全部值班记录</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>duty-roster-%1.pdf</source>
        <translation>值班表-%1.pdf</translation>
    </message>
    <message>
        <source>Export duty roster</source>
        <translation>导出值班表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Duty roster saved to %1</source>
        <translation>值班表已保存到 %1</translation>
    </message>
</context>
<context>
    <name>seawall::EntityForm</name>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>One a line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>(choose a company)</source>
        <translation>（请选择单位）</translation>
    </message>
    <message>
        <source>(none: top of the group)</source>
        <translation>（无：集团顶层）</translation>
    </message>
    <message>
        <source>(the person's company)</source>
        <translation>（人员所在单位）</translation>
    </message>
    <message>
        <source>%1: it is missing.</source>
        <translation>%1：未填写。</translation>
    </message>
    <message>
        <source>%1: %2 is not a number.</source>
        <translation>%1：%2 不是数字。</translation>
    </message>
    <message>
        <source>%1: %2 is already the %3's name.</source>
        <translation>%1：%2 已是该%3的名称。</translation>
    </message>
</context>
<context>
    <name>seawall::FiguresView</name>
    <message>
        <source>Group-wide</source>
        <translation>全集团</translation>
    </message>
    <message>
        <source>Active personnel</source>
        <translation>在册人员</translation>
    </message>
    <message>
        <source>Party members</source>
        <translation>党员</translation>
    </message>
    <message>
        <source>Tests today</source>
        <translation>今日核酸检测</translation>
    </message>
    <message>
        <source>Persons tested</source>
        <translation>今日检测人数</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>今日阳性</translation>
    </message>
    <message>
        <source>Tests to date</source>
        <translation>累计核酸检测（人次）</translation>
    </message>
    <message>
        <source>First dose</source>
        <translation>已接种（至少一针）</translation>
    </message>
    <message>
        <source>Full series</source>
        <translation>完成全程接种</translation>
    </message>
    <message>
        <source>Booster</source>
        <translation>加强针</translation>
    </message>
    <message>
        <source>Full rate</source>
        <translation>全程接种率</translation>
    </message>
    <message>
        <source>Shifts today</source>
        <translation>今日志愿服务</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>累计志愿服务时长</translation>
    </message>
    <message>
        <source>Open findings</source>
        <translation>未整改问题</translation>
    </message>
    <message>
        <source>Overdue findings</source>
        <translation>逾期未整改</translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation>已报单位</translation>
    </message>
    <message>
        <source>Missing reports</source>
        <translation>未报单位</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>±0</source>
        <comment>no change since the day before</comment>
        <translation>持平</translation>
    </message>
    <message>
        <source>▲ %1 pt</source>
        <comment>rate risen by percentage points</comment>
        <translation>▲ %1 个百分点</translation>
    </message>
    <message>
        <source>▼ %1 pt</source>
        <comment>rate fallen</comment>
        <translation>▼ %1 个百分点</translation>
    </message>
    <message>
        <source>▲ %1</source>
        <comment>risen since the day before</comment>
        <translation>▲ %1</translation>
    </message>
    <message>
        <source>▼ %1</source>
        <comment>fallen since the day before</comment>
        <translation>▼ %1</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>较%1的变化</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>今日来返</translation>
    </message>
    <message>
        <source>Under observation</source>
        <translation>在管隔离观察</translation>
    </message>
    <message>
        <source>Checks missed</source>
        <translation>健康监测未报</translation>
    </message>
    <message>
        <source>Away from the city</source>
        <translation>外出人员</translation>
    </message>
    <message>
        <source>%1 from medium- or high-risk areas</source>
        <translation>其中来自中高风险地区%1人</translation>
    </message>
    <message>
        <source>Centralised quarantine %1, home health monitoring %2, last day today %3</source>
        <translation>集中隔离%1人，居家健康监测%2人，今日期满%3人</translation>
    </message>
    <message>
        <source>Abnormal checks today: %1</source>
        <translation>今日监测异常：%1人</translation>
    </message>
    <message>
        <source>Returns overdue: %1</source>
        <translation>逾期未返：%1人</translation>
    </message>
</context>
<context>
    <name>seawall::FileCommands</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back Up To…</source>
        <translation>备份到(&amp;B)…</translation>
    </message>
    <message>
        <source>Write a copy of the open database to another file</source>
        <translation>把当前数据库复制一份到另一个文件</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近打开的文件</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>seawall.sqlite</source>
        <translation>海堤.sqlite</translation>
    </message>
    <message>
        <source>Seawall databases (*.sqlite)</source>
        <translation>海堤数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a name that is not taken, or open the file.</source>
        <translation>%1 已存在。请另取一个文件名，或直接打开该文件。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Seawall databases (*.sqlite);;All files (*)</source>
        <translation>海堤数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>备份到</translation>
    </message>
    <message>
        <source>The database was copied to %1.</source>
        <translation>数据库已复制到 %1。</translation>
    </message>
    <message>
        <source>Restore from Bac&amp;kup…</source>
        <translation>从备份还原(&amp;K)…</translation>
    </message>
    <message>
        <source>Replace the open database with one of its daily backups</source>
        <translation>用每日备份之一替换当前打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Purge Personal Data…</source>
        <translation>清除个人信息(&amp;P)…</translation>
    </message>
    <message>
        <source>When the measures end: replace names, ID and phone numbers by pseudonyms, for good</source>
        <translation>防控措施结束后：把姓名、身份证号和手机号永久替换为化名</translation>
    </message>
    <message>
        <source>Purge Personal Data</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Replace the names, ID and phone numbers of every person (and of contacts and those on duty) in %1 by pseudonyms? Records, dates and figures stay as they are.</source>
        <translation>要把 %1 中每个人员（以及联系人和值班人员）的姓名、身份证号和手机号替换为化名吗？记录、日期和统计数据保持不变。</translation>
    </message>
    <message>
        <source>This cannot be undone: the real names and numbers are gone from the file, its undo steps and its daily backups. Back up the file first if it must be kept.

Purge the personal data now?</source>
        <translation>此操作无法撤销：真实姓名和号码将从文件、撤销步骤和每日备份中彻底清除。如需保留，请先备份文件。

现在清除个人信息吗？</translation>
    </message>
    <message>
        <source>The personal data were replaced by pseudonyms.</source>
        <translation>个人信息已替换为化名。</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open a Seawall database on a PostgreSQL server, shared by a team</source>
        <translation>打开 PostgreSQL 服务器上由团队共用的海堤数据库</translation>
    </message>
</context>
<context>
    <name>seawall::FilesPage</name>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>The CSV files and Excel workbooks the subsidiaries sent. They are imported together: all of them or none.</source>
        <translation>各子公司报送的 CSV 文件和 Excel 工作簿。它们一起导入：要么全部导入，要么都不导入。</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.txt *.xlsx *.xls);;All files (*)</source>
        <translation>CSV 文件和工作簿 (*.csv *.txt *.xlsx *.xls);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>seawall::FollowUpView</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源地</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>管控措施</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>观察天数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>今日监测</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>体温</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Type a temperature on a person and press Enter to record the day's health check; the next person is selected. Symptoms are typed in their own column.</source>
        <translation>选中人员后输入体温并按回车，即记录当日健康监测，并自动选中下一人；症状在症状列中填写。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的地</translation>
    </message>
    <message>
        <source>Planned return</source>
        <translation>计划返回日期</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>P&amp;rint list…</source>
        <translation>打印名单(&amp;R)…</translation>
    </message>
    <message>
        <source>Export &amp;list PDF…</source>
        <translation>导出名单 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>Away past the planned return</source>
        <translation>外出逾期未返</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第%1天/共%2天</translation>
    </message>
    <message>
        <source>(last day)</source>
        <translation>（今日期满）</translation>
    </message>
    <message>
        <source>abnormal</source>
        <translation>异常</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>Observation ends tomorrow, %1.</source>
        <translation>观察期至明日（%1）解除。</translation>
    </message>
    <message>
        <source>Under observation: %1 · checks missing: %2 · abnormal: %3 · returns overdue: %4</source>
        <translation>在管隔离观察：%1人 · 监测未报：%2人 · 异常：%3人 · 逾期未返：%4人</translation>
    </message>
    <message>
        <source>%1, %2: "%3" is not a temperature. Type it like 36.5.</source>
        <translation>%1，%2：“%3”不是体温，请输入36.5这样的数字。</translation>
    </message>
    <message>
        <source>Health check of %1</source>
        <translation>%1的健康监测</translation>
    </message>
    <message>
        <source>Health follow-up list</source>
        <translation>健康监测随访名单</translation>
    </message>
    <message>
        <source>Export follow-up list</source>
        <translation>导出随访名单</translation>
    </message>
    <message>
        <source>The follow-up list was saved as %1.</source>
        <translation>随访名单已保存为%1。</translation>
    </message>
    <message>
        <source>Follow-up list %1.pdf</source>
        <translation>健康监测随访名单 %1.pdf</translation>
    </message>
</context>
<context>
    <name>seawall::FormDialog</name>
    <message>
        <source>Still to fill in: %1.</source>
        <translation>尚需填写：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a field's label</comment>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>seawall::ImportResultView</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变化</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Double-click a problem to see its row of the file.</source>
        <translation>双击问题可查看文件中的该行。</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>问题：</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>将新增</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>%2 第 %1 行</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>This line could not be read again.</source>
        <translation>无法重新读取这一行。</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Would update</source>
        <translation>将更新</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Would add: records the database does not hold yet. Would update: records it holds (the same key) with other values, which the file's replace. Unchanged: records it holds with the same values. Repeated: rows with the key of an earlier row of this import; the later row's values are kept.</source>
        <translation>将新增：数据库中还没有的记录。将更新：数据库中已有（键相同）但其他值不同的记录，以文件中的值为准。未变化：数据库中已有且值相同的记录。重复：与本次导入中前面一行键相同的行，以后一行的值为准。</translation>
    </message>
    <message>
        <source>New: records the database did not hold. Updated: records it held (the same key) with other values, which the file's replaced. Unchanged: records it held with the same values. Repeated: rows with the key of an earlier row of this import; the later row's values were kept.</source>
        <translation>新增：数据库中原来没有的记录。更新：数据库中原有（键相同）但其他值不同的记录，已改为文件中的值。未变化：数据库中原有且值相同的记录。重复：与本次导入中前面一行键相同的行，已以后一行的值为准。</translation>
    </message>
    <message>
        <source>The key of a record — %1.</source>
        <translation>判断是否同一记录的键——%1。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Errors that stop the import: %1</source>
        <translation>阻止导入的错误：%1 条</translation>
    </message>
    <message>
        <source>Notices, which do not stop the import: %1</source>
        <translation>提醒（不影响导入）：%1 条</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on the roster but not in this file</source>
        <translation>
            <numerusform>花名册中有、本文件中没有的人员：%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>: marked as left</source>
        <translation>，已标记为离职</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with the key of an earlier row of this import and other values: the later row's values are kept</source>
        <translation>
            <numerusform>%n 行与本次导入中前面一行的键相同但其他值不同：以后一行的值为准</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with another name than the one on record for the ID number: the name on record is kept</source>
        <translation>
            <numerusform>%n 行的姓名与该身份证号登记的姓名不同：保留登记的姓名</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Errors, rows not imported: %1</source>
        <translation>错误，以下行未导入：%1 条</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on another company's roster, whom the file moves to its own</source>
        <translation>
            <numerusform>其他单位花名册上的 %n 人，本文件将其调入本单位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) moved from another company's roster</source>
        <translation>
            <numerusform>从其他单位花名册调入 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2), from %3 to %4</source>
        <translation>%1（%2），由%3调入%4</translation>
    </message>
</context>
<context>
    <name>seawall::ImportRunPage</name>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Stop reading: nothing is written.</source>
        <translation>停止读取：不写入任何数据。</translation>
    </message>
    <message>
        <source>Save &amp;rejects…</source>
        <translation>保存拒收行(&amp;R)…</translation>
    </message>
    <message>
        <source>Write the rejected rows, with what is wrong in each, to a file to send back.</source>
        <translation>把拒收的行连同每行的错误原因写入文件，以便退回报送单位。</translation>
    </message>
    <message>
        <source>Checking every row; nothing is written yet…</source>
        <translation>正在逐行检查，尚未写入任何数据…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>Records read: %1</source>
        <translation>已读取记录：%1</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>另一次导入仍在进行中。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Another import into this database is running (another coordinator's, or one of this program's). This one waits for it to finish, then runs; Cancel stops it.</source>
        <translation>另一项导入正在写入此数据库（其他协调员的，或本程序的）。本次导入等待其完成后再运行；按“取消”可停止。</translation>
    </message>
    <message>
        <source>All %1 records read; finishing the check…</source>
        <translation>已读取全部 %1 条记录，正在完成检查……</translation>
    </message>
    <message>
        <source>All %1 records read; saving…</source>
        <translation>已读取全部 %1 条记录，正在保存……</translation>
    </message>
</context>
<context>
    <name>seawall::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>The rejected rows could not be written to %1.</source>
        <translation>无法将拒收的行写入 %1。</translation>
    </message>
    <message>
        <source>%1-rejects.csv</source>
        <translation>%1-拒收.csv</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>保存拒收的行</translation>
    </message>
    <message>
        <source>No rows were rejected.</source>
        <translation>没有被拒收的行。</translation>
    </message>
    <message numerus="yes">
        <source>Choose the folder for the rejected rows of %n file(s)</source>
        <translation>
            <numerusform>选择保存 %n 个文件拒收行的文件夹</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace these files?</source>
        <translation>替换以下文件？</translation>
    </message>
    <message>
        <source>The rejected rows of each file were written to a file of their own:</source>
        <translation>每个文件的拒收行已分别写入：</translation>
    </message>
    <message>
        <source>CSV files and workbooks (*.csv *.xlsx);;All files (*)</source>
        <translation>CSV 文件和工作簿 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>seawall::ImportsView</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销时间</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove what the selected import added and restore what it changed.</source>
        <translation>删除所选导入新增的数据，并恢复它更新过的数据。</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Imports&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;导入记录&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Import %1, SHA-256 %2</source>
        <translation>第 %1 次导入，SHA-256 %2</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo the import of %1? The rows it added are deleted and the rows it changed get their values back.</source>
        <translation>撤销 %1 的导入吗？它新增的行将被删除，它更新过的行将恢复原值。</translation>
    </message>
</context>
<context>
    <name>seawall::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Seawall</source>
        <translation>关于海堤(&amp;A)</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>统计日期：</translation>
    </message>
    <message>
        <source>&lt;h3&gt;The database could not be opened&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Use File ▸ Open to choose another file.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;无法打开数据库&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;请通过“文件 ▸ 打开”选择其他文件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>About Seawall</source>
        <translation>关于海堤</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Seawall %1&lt;/h3&gt;&lt;p&gt;Epidemic prevention coordination for a group and its subsidiaries.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;Database: %3&lt;br&gt;Schema version %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;海堤 %1&lt;/h3&gt;&lt;p&gt;集团及下属单位疫情防控工作协调。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;数据库：%3&lt;br&gt;数据库结构版本 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>防控日报</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Personnel</source>
        <translation>人员花名册</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>核酸检测</translation>
    </message>
    <message>
        <source>Vaccinations</source>
        <translation>疫苗接种</translation>
    </message>
    <message>
        <source>Volunteer shifts</source>
        <translation>志愿服务</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>督查检查</translation>
    </message>
    <message>
        <source>Daily reports</source>
        <translation>日报告</translation>
    </message>
    <message>
        <source>Every figure and list is as of the end of this day.</source>
        <translation>所有数据和列表均统计至该日 24 时。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show Full &amp;Numbers</source>
        <translation>显示完整号码(&amp;N)</translation>
    </message>
    <message>
        <source>Show ID and phone numbers in full instead of masked</source>
        <translation>完整显示身份证号和手机号（默认部分隐藏）</translation>
    </message>
    <message>
        <source>Full numbers</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Seawall</source>
        <translation>海堤</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>数据核对</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>This view has nothing to search.</source>
        <translation>此视图没有可搜索的内容。</translation>
    </message>
    <message>
        <source>Import the CSV files and Excel workbooks subsidiaries send</source>
        <translation>导入各子公司报送的 CSV 文件和 Excel 工作簿</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Write blank Excel workbooks for the units to fill in</source>
        <translation>生成供各单位填写的空白 Excel 模板</translation>
    </message>
    <message>
        <source>Duty</source>
        <translation>值班值守</translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation>防疫物资</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训考试</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>离城申报</translation>
    </message>
    <message>
        <source>Arrivals</source>
        <translation>来返登记</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康监测</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Un&amp;lock Day…</source>
        <translation>解锁日期(&amp;L)…</translation>
    </message>
    <message>
        <source>Let the records of a day whose evening briefing was printed change again</source>
        <translation>允许已打印晚报之日的记录再次更改</translation>
    </message>
    <message>
        <source>Database: %1 (damaged, read-only)</source>
        <translation>数据库：%1（已损坏，只读）</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <source>&amp;Restore Latest Backup</source>
        <translation>还原最近的备份(&amp;R)</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>已从 %1 还原。</translation>
    </message>
    <message>
        <source>Restored from %1; the file as it was is kept as %2.</source>
        <translation>已从 %1 还原；原文件另存为 %2。</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
</context>
<context>
    <name>seawall::MappingPage</name>
    <message>
        <source>Columns</source>
        <translation>列对应</translation>
    </message>
    <message>
        <source>Which field each column holds. Columns set to “Do not import” are left out.</source>
        <translation>每一列对应的字段。设为“不导入”的列将被略过。</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1（必填）</translation>
    </message>
    <message>
        <source>Every required column is mapped.</source>
        <translation>所有必填列均已对应。</translation>
    </message>
    <message>
        <source>Required columns not mapped: %1.</source>
        <translation>以下必填列尚未对应：%1。</translation>
    </message>
</context>
<context>
    <name>seawall::PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Keep it in the system keyring</source>
        <translation>保存到系统密钥环(&amp;K)</translation>
    </message>
    <message>
        <source>The next connection takes it from the keyring; it is never written to a file of Seawall.</source>
        <translation>下次连接时从密钥环读取；密码不会写入海堤的任何文件。</translation>
    </message>
    <message>
        <source>The server %1 wants the password of %2 for the database %3.</source>
        <translation>服务器 %1 需要用户 %2 访问数据库 %3 的密码。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Connected, but the system keyring did not keep the password (%1). It will be asked for again next time.</source>
        <translation>已连接，但系统密钥环未能保存密码（%1）。下次连接时将再次询问。</translation>
    </message>
</context>
<context>
    <name>seawall::PersonField</name>
    <message>
        <source>ID number or name</source>
        <translation>身份证号或姓名</translation>
    </message>
    <message>
        <source>%1: no person has the ID number %2.</source>
        <translation>%1：没有身份证号为 %2 的人员。</translation>
    </message>
    <message>
        <source>%1: no person is called %2.</source>
        <translation>%1：没有名为 %2 的人员。</translation>
    </message>
    <message>
        <source>%1: several persons are called %2; type the ID number.</source>
        <translation>%1：有多人名为 %2，请输入身份证号。</translation>
    </message>
</context>
<context>
    <name>seawall::PreviewModel</name>
    <message>
        <source>Not imported</source>
        <translation>不导入</translation>
    </message>
    <message>
        <source>Imported as %1</source>
        <translation>导入为 %1</translation>
    </message>
</context>
<context>
    <name>seawall::PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>GB18030 (GBK, GB2312)</source>
        <translation>GB18030（GBK、GB2312）</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>逗号 (,)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>分号 (;)</translation>
    </message>
    <message>
        <source>Full-width comma (，)</source>
        <translation>全角逗号 (，)</translation>
    </message>
    <message>
        <source>Unknown: choose one</source>
        <translation>未知：请选择</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>分隔符(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>No column header is one Seawall knows: choose the kind of file, then map the columns.</source>
        <translation>没有海堤能识别的列标题：请选择文件类型，再对应各列。</translation>
    </message>
    <message>
        <source>Header on line %1. Encoding %2 (%3).</source>
        <translation>标题行在第 %1 行。编码 %2（%3）。</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Missing columns: %1 — map them on the next page.</source>
        <translation>缺少以下列：%1，请在下一页对应。</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>工作表(&amp;S)：</translation>
    </message>
    <message>
        <source>Sheet “%1”, header on row %2.</source>
        <translation>工作表“%1”，表头在第 %2 行。</translation>
    </message>
    <message>
        <source>Check that each file reads right. If the text is garbled or an error is shown, choose another encoding or delimiter; of a workbook, another sheet.</source>
        <translation>请检查每个文件是否读取正确。如出现乱码或错误，请选择其他编码或分隔符；工作簿则请选择其他工作表。</translation>
    </message>
</context>
<context>
    <name>seawall::ReadinessWarnings</name>
    <message>
        <source>Warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Enter or a double click opens the records behind a warning.</source>
        <translation>按回车或双击打开提醒对应的记录。</translation>
    </message>
    <message>
        <source>Duty gaps today: %1 · Below minimum: %2 · Certified: %3 · Expiring in 30 days: %4 · Drills in 30 days: %5 (to date %6)</source>
        <translation>今日值班缺口 %1 · 低于最低储备 %2 · 持证 %3 人 · 30日内到期证书 %4 · 近30日演练 %5 次（累计 %6 次）</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明日</translation>
    </message>
    <message>
        <source>no one on duty %1</source>
        <translation>%1无人值班</translation>
    </message>
    <message>
        <source>no %1 %2</source>
        <translation>%2缺%1</translation>
    </message>
    <message>
        <source>Duty gap</source>
        <translation>值班缺口</translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation>低于最低储备</translation>
    </message>
    <message>
        <source>%1: %2 %4, minimum %3 %4</source>
        <translation>%1：%2%4，最低储备 %3%4</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>证书到期</translation>
    </message>
    <message>
        <source>%1, %2: valid until %3</source>
        <translation>%1，%2：有效期至 %3</translation>
    </message>
    <message>
        <source>No drill in 30 days</source>
        <translation>30日内未演练</translation>
    </message>
    <message>
        <source>last drill %1</source>
        <translation>最近一次演练 %1</translation>
    </message>
    <message>
        <source>no drill on record</source>
        <translation>无演练记录</translation>
    </message>
    <message>
        <source>Re&amp;adiness</source>
        <translation>保障提醒(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;adiness (%n warning(s))</source>
        <translation>
            <numerusform>保障提醒(&amp;A)（%n条）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::ReconciliationModel</name>
    <message>
        <source>Reviewed</source>
        <translation>已核查</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%1于%2核查</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What does not add up</source>
        <translation>不符情况</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>核查说明</translation>
    </message>
</context>
<context>
    <name>seawall::ReconciliationView</name>
    <message>
        <source>&amp;Range of days</source>
        <translation>按日期范围(&amp;R)</translation>
    </message>
    <message>
        <source>Look at a range of days instead of the as-of date alone.</source>
        <translation>查看一段日期，而不只是统计日期当天。</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>Show re&amp;viewed</source>
        <translation>显示已核查(&amp;V)</translation>
    </message>
    <message>
        <source>Show &amp;records…</source>
        <translation>查看记录(&amp;R)…</translation>
    </message>
    <message>
        <source>The records behind the selected item (or double-click it).</source>
        <translation>查看所选条目对应的记录（或双击该条目）。</translation>
    </message>
    <message>
        <source>&amp;Mark reviewed…</source>
        <translation>标记为已核查(&amp;M)…</translation>
    </message>
    <message>
        <source>Keep a note that the selected item was looked at; it is hidden from then on.</source>
        <translation>记下所选条目已核查及说明；此后不再显示。</translation>
    </message>
    <message>
        <source>&amp;Clear review</source>
        <translation>取消核查标记(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reconciliation&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;数据核对&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已核查</translation>
    </message>
    <message>
        <source>%1, %2:
%3

Note (why it is all right, or what was done):</source>
        <translation>%1，%2：
%3

核查说明（为何无误，或已如何处理）：</translation>
    </message>
    <message>
        <source>Items shown: %1</source>
        <translation>显示%1条</translation>
    </message>
    <message>
        <source> (reviewed, hidden: %1)</source>
        <translation>（已核查未显示%1条）</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
</context>
<context>
    <name>seawall::RecordEditing</name>
    <message>
        <source>Add finding</source>
        <translation>新增问题</translation>
    </message>
    <message>
        <source>Choose the inspection the finding belongs to first.</source>
        <translation>请先选择该问题所属的督查检查。</translation>
    </message>
    <message>
        <source>Move company</source>
        <translation>调整上级单位</translation>
    </message>
</context>
<context>
    <name>seawall::RecordListView</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>显示列</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1：全部</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Search %1…</source>
        <translation>搜索%1…</translation>
    </message>
    <message>
        <source>The list was exported to %1.</source>
        <translation>列表已导出到 %1。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>导出列表</translation>
    </message>
</context>
<context>
    <name>seawall::RecordsDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1条</translation>
    </message>
</context>
<context>
    <name>seawall::ReportGridModel</name>
    <message>
        <source>0</source>
        <comment>grid cell: zero report</comment>
        <translation>零</translation>
    </message>
    <message>
        <source>!</source>
        <comment>grid cell: report with anomalies</comment>
        <translation>异</translation>
    </message>
    <message>
        <source>✗</source>
        <comment>grid cell: no report</comment>
        <translation>缺</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Report with anomalies</source>
        <translation>有异常情况</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未报</translation>
    </message>
    <message>
        <source>%1, %2 edition</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <source>(%1 edition)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Enter or double-click to record the report.</source>
        <translation>按回车键或双击录入日报告。</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（编码 %2）</translation>
    </message>
    <message>
        <source>AM</source>
        <comment>morning edition, column header</comment>
        <translation>早</translation>
    </message>
    <message>
        <source>PM</source>
        <comment>evening edition, column header</comment>
        <translation>晚</translation>
    </message>
    <message>
        <source>No morning report expected</source>
        <translation>无需报送早报</translation>
    </message>
    <message>
        <source>the unit sends no morning report</source>
        <translation>该单位不报送早报</translation>
    </message>
    <message>
        <source>Reported for the day by its morning edition: %1</source>
        <translation>当日已以早报报送：%1</translation>
    </message>
</context>
<context>
    <name>seawall::RestoreDialog</name>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份还原</translation>
    </message>
    <message>
        <source>Seawall copies %1 on the first open of each day into %2. The copy you choose replaces the database; the file as it is now is kept beside it.</source>
        <translation>海堤每天首次打开 %1 时会把它复制到 %2。所选副本将替换数据库；现在的文件另存在其旁边。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>There are no backups of this database yet.</source>
        <translation>此数据库还没有备份。</translation>
    </message>
</context>
<context>
    <name>seawall::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Database at start:</source>
        <translation>启动时打开的数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>Database at start</source>
        <translation>启动时打开的数据库</translation>
    </message>
    <message>
        <source>Seawall databases (*.sqlite);;All files (*)</source>
        <translation>海堤数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The as-of day</source>
        <translation>统计日期当天</translation>
    </message>
    <message>
        <source>The 7 days up to the as-of day</source>
        <translation>截至统计日期的 7 天</translation>
    </message>
    <message>
        <source>The dates a list of tests, vaccinations, shifts, inspections or daily reports shows when it opens and when the as-of date changes</source>
        <translation>核酸检测、疫苗接种、志愿服务、督查检查和日报告列表在打开时及统计日期改变时显示的日期</translation>
    </message>
    <message>
        <source>The language and the database take effect the next time Seawall starts.</source>
        <translation>界面语言和启动时打开的数据库将在下次启动海堤时生效。</translation>
    </message>
    <message>
        <source>Dated lists &amp;show:</source>
        <translation>列表日期范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Seawall copies the database on the first open of each day into the folder backups beside it and keeps this many of the newest copies</source>
        <translation>海堤每天首次打开数据库时会把它复制到其旁边的 backups 文件夹，并保留这么多份最新的副本</translation>
    </message>
    <message>
        <source>Daily &amp;backups kept:</source>
        <translation>保留每日备份(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>seawall::StagingPage</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Every row checked as for the import; nothing is written yet.</source>
        <translation>按导入的规则逐行检查，尚未写入任何数据。</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>导入有效的行，略过拒收的行</translation>
    </message>
    <message>
        <source>The database could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>A file cannot be imported as it is: see the problems below.</source>
        <translation>有文件无法按原样导入，请查看下方的问题。</translation>
    </message>
    <message>
        <source>With rejected rows nothing is imported, unless you choose to leave them out.</source>
        <translation>存在拒收的行时不会导入任何数据，除非选择略过这些行。</translation>
    </message>
    <message>
        <source>Checked %1 rows: would add %2, would update %3, unchanged %4, repeated %5, rejected %6.</source>
        <translation>已检查 %1 行：将新增 %2，将更新 %3，未变化 %4，重复 %5，拒收 %6。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported before will be left out.</source>
        <translation>
            <numerusform>%n 个文件以前已导入，将略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows were saved to %1.</source>
        <translation>拒收的行已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>seawall::StockView</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物资名称</translation>
    </message>
    <message>
        <source>Counted on</source>
        <translation>盘点日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>库存数量</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>最低储备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enter opens the latest count of the item; Insert records a new count.</source>
        <translation>按回车打开该物资最近一次盘点；按 Insert 新增盘点。</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Each item's latest count up to the as-of date against its minimum reserve; the history of the item chosen below.</source>
        <translation>各物资截至当日的最近一次盘点数量与最低储备对照；下方为所选物资的历次盘点。</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>All stocktakes</source>
        <translation>全部盘点记录</translation>
    </message>
    <message>
        <source>no minimum</source>
        <translation>未设最低储备</translation>
    </message>
    <message>
        <source>below minimum</source>
        <translation>低于最低储备</translation>
    </message>
    <message>
        <source>sufficient</source>
        <translation>充足</translation>
    </message>
</context>
<context>
    <name>seawall::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>What the import wrote. It can be undone as a whole in the Imports view.</source>
        <translation>本次导入写入的数据。可在“导入记录”中整体撤销。</translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation>导入失败，未写入任何数据：%1</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Mark as &amp;left…</source>
        <translation>标记为离职(&amp;L)…</translation>
    </message>
    <message>
        <source>Record that these persons have left their company, as of the import date.</source>
        <translation>将这些人员记为已从本单位离职，离职日期为导入日期。</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>On the roster before but not in the file: %1. If they have left, mark them as left.</source>
        <translation>原花名册中有、本文件中没有的人员：%1 人。如已离职，请标记为离职。</translation>
    </message>
    <message>
        <source>Mark as left</source>
        <translation>标记为离职</translation>
    </message>
    <message>
        <source>Mark %1 persons as left on %2? They no longer count on their company's roster. Undoing the import brings them back.</source>
        <translation>将 %1 人标记为于 %2 离职？他们将不再计入所在单位的花名册。撤销本次导入可恢复。</translation>
    </message>
    <message>
        <source>The persons could not be marked as left: %1</source>
        <translation>无法将这些人员标记为离职：%1</translation>
    </message>
    <message>
        <source>Marked %1 persons as left on %2.</source>
        <translation>已将 %1 人标记为于 %2 离职。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was written: %n row(s) were rejected.</source>
        <translation>
            <numerusform>未写入任何数据：拒收 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 rows: new %2, updated %3, unchanged %4, repeated %5.</source>
        <translation>已导入 %1 行：新增 %2，更新 %3，未变化 %4，重复 %5。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected and not imported.</source>
        <translation>
            <numerusform>拒收 %n 行，未导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>They are not saved yet: Save rejects… writes them to a file to send back.</source>
        <translation>拒收的行尚未保存：点“保存拒收行…”写成文件，发回给单位。</translation>
    </message>
    <message>
        <source>They were saved to %1.</source>
        <translation>拒收的行已保存到 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported before were left out.</source>
        <translation>
            <numerusform>%n 个文件以前已导入，已略过。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>seawall::TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>导入模板</translation>
    </message>
    <message>
        <source>Blank Excel workbooks to send to the units: Chinese headers, ID and phone numbers formatted as text, drop-down lists for fixed values, and a sheet saying how to fill them in. What the units send back imports as it is.</source>
        <translation>发给各单位的空白 Excel 模板：中文表头，身份证号和手机号列设为文本格式，固定取值的列带下拉列表，另附填表说明工作表。各单位填好后报回的工作簿可直接导入。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Write templates</source>
        <translation>生成模板(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Kinds:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Folder for the templates</source>
        <translation>模板保存位置</translation>
    </message>
    <message>
        <source>The folder %1 could not be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Written to %1: %2.</source>
        <translation>已写入 %1：%2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>seawall::TodayView</name>
    <message>
        <source>Arrow keys move between cells; Enter records or opens the report of the cell; 0 records a zero report for a missing cell.</source>
        <translation>方向键在格子间移动；回车键录入或打开该格的日报告；在未报的格子上按 0 录入零报告。</translation>
    </message>
    <message>
        <source>&amp;Zero report</source>
        <translation>零报告(&amp;Z)</translation>
    </message>
    <message>
        <source>Record a zero report (无) for this unit and day</source>
        <translation>为该单位当日录入零报告（无）</translation>
    </message>
    <message>
        <source>&amp;Record report…</source>
        <translation>录入日报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Enter: record or open the report · 0: zero report</source>
        <translation>回车：录入或打开日报告 · 0：零报告</translation>
    </message>
    <message>
        <source>Daily reports, last %1 days</source>
        <translation>近 %1 天日报告</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Days without report</source>
        <translation>连续未报天数</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查编号</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>As of the end of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>To call: units without a report (%1)</source>
        <translation>催报名单：未报单位（%1）</translation>
    </message>
    <message>
        <source>never reported</source>
        <translation>从未上报</translation>
    </message>
    <message>
        <source>Overdue findings (%1)</source>
        <translation>逾期未整改问题（%1）</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>打开日报告(&amp;O)…</translation>
    </message>
    <message>
        <source>Zero report</source>
        <translation>零报告</translation>
    </message>
    <message>
        <source>Daily report call list</source>
        <translation>日报告催报名单</translation>
    </message>
    <message>
        <source>Export call list</source>
        <translation>导出催报名单</translation>
    </message>
    <message>
        <source>Call list %1.pdf</source>
        <translation>催报名单 %1.pdf</translation>
    </message>
    <message>
        <source>%1 and its units</source>
        <translation>%1（含下属单位）</translation>
    </message>
    <message>
        <source>Group-wide</source>
        <translation>全集团</translation>
    </message>
    <message>
        <source>A unit has reported for the day with either edition; in italics, the morning report of a unit whose evening report has not come yet.</source>
        <translation>单位报送早报或晚报均视为当日已报；斜体表示该单位已报早报、晚报尚未报送。</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database holds no personnel yet.&lt;/b&gt;&lt;br&gt;The figures, the daily reports and the lists fill in once the files the subsidiaries send are imported: the companies first, then their rosters, tests, vaccinations and reports. Files can also be dropped on this window.</source>
        <translation>&lt;b&gt;本数据库还没有人员数据。&lt;/b&gt;&lt;br&gt;导入各单位报送的文件后，这里的各项数字、日报告和名单才会显示：先导入单位，再导入花名册、核酸检测、疫苗接种和日报告。也可以把文件直接拖到本窗口。</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>%1
Inspection %2, deadline %3</source>
        <translation>%1
检查编号 %2，整改期限 %3</translation>
    </message>
    <message>
        <source>The call list was saved as %1.</source>
        <translation>催报名单已保存为 %1。</translation>
    </message>
    <message>
        <source>&amp;Reports and figures</source>
        <translation>日报与数据(&amp;R)</translation>
    </message>
    <message>
        <source>Hea&amp;lth follow-up</source>
        <translation>健康监测随访(&amp;L)</translation>
    </message>
    <message>
        <source>Hea&amp;lth follow-up (%1 missing, %2 abnormal)</source>
        <translation>健康监测随访(&amp;L)（未报%1人，异常%2人）</translation>
    </message>
    <message>
        <source>&lt;b&gt;This database holds no personnel yet.&lt;/b&gt;&lt;br&gt;The figures, the daily reports and the lists fill in once a coordinator has imported the files the subsidiaries send.</source>
        <translation>&lt;b&gt;本数据库还没有人员数据。&lt;/b&gt;&lt;br&gt;协调员导入各单位报送的文件后，这里的各项数字、日报告和名单才会显示。</translation>
    </message>
</context>
<context>
    <name>seawall::UnlockDayDialog</name>
    <message>
        <source>Unlock Day</source>
        <translation>解锁日期</translation>
    </message>
    <message>
        <source>Why records of the printed day must change</source>
        <translation>已打印之日的记录为何需要更改</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>%1 is not locked.</source>
        <translation>%1 未锁定。</translation>
    </message>
    <message>
        <source>%1 is unlocked; the next evening briefing of that day locks it again.</source>
        <translation>%1 已解锁；再次打印当日晚报时将重新锁定。</translation>
    </message>
</context>
<context>
    <name>seawall::WelcomeDialog</name>
    <message>
        <source>Seawall databases (*.sqlite);;All files (*)</source>
        <translation>海堤数据库 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Welcome to Seawall</source>
        <translation>欢迎使用海堤</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Start with an empty file; you choose where it is kept.</source>
        <translation>从空文件开始，由您选择保存位置。</translation>
    </message>
    <message>
        <source>Open an existing database</source>
        <translation>打开已有数据库</translation>
    </message>
    <message>
        <source>A Seawall file from a colleague, a backup or another computer.</source>
        <translation>同事提供的、备份的或其他电脑上的海堤文件。</translation>
    </message>
    <message>
        <source>Explore the demo</source>
        <translation>体验演示数据</translation>
    </message>
    <message>
        <source>A month of made-up figures of a group and its subsidiaries, written to %1.</source>
        <translation>一个集团及其子公司一个月的虚构数据，写入 %1。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>%1 already exists. Open it with "Open an existing database", or choose another name.</source>
        <translation>%1 已存在。请用“打开已有数据库”打开它，或另选文件名。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Writing the demo database…</source>
        <translation>正在写入演示数据库…</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Seawall&lt;/h2&gt;&lt;p&gt;Seawall keeps the group's data in one database: a file on this computer, or a team's database on a server. Which should it work on?&lt;/p&gt;</source>
        <translation>&lt;h2&gt;欢迎使用海堤&lt;/h2&gt;&lt;p&gt;海堤把集团的数据保存在一个数据库中：本机上的文件，或服务器上团队共用的数据库。要使用哪一个？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Connect to a team's server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>The database the coordinators of a team share on a PostgreSQL server.</source>
        <translation>团队协调员在 PostgreSQL 服务器上共用的数据库。</translation>
    </message>
</context>
<context>
    <name>seawall::Workspace</name>
    <message>
        <source>Undoing the import…</source>
        <translation>正在撤销导入…</translation>
    </message>
</context>
</TS>
