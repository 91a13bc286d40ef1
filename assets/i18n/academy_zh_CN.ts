<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../app/views/classroom/controls.py" line="+160"/>
        <source>◀ Back (←)</source>
        <translation>◀ 上一页（←）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next (→) ▶</source>
        <translation>下一页（→）▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black (B)</source>
        <translation>黑屏（B）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>White (W)</source>
        <translation>白屏（W）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A− (−)</source>
        <translation>字小（−）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A+ (+)</source>
        <translation>字大（+）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End (Esc)</source>
        <translation>结束（Esc）</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../app/views/autosave.py" line="+40"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/views/banner.py" line="+21"/>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 content file(s) could not be read and were skipped: %2</source>
        <translation>有 %1 个内容文件无法读取，已跳过：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some course content has problems (%1). The rest works normally.</source>
        <translation>部分课程内容有问题（共 %1 处），其余内容可正常使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your progress file was not as this app writes it, so its records were copied into a clean file (%1 damaged record(s) left out). The original was kept at %2.</source>
        <translation>你的学习进度文件与本程序写入的格式不符，因此已把其中的记录复制到一个新的干净文件中（略过了 %1 条损坏的记录）。原文件保存在 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your progress file was damaged, so it was restored from the backup of %1. Anything you did after that time is not in it; please check your last lessons. The damaged file was kept at %2.</source>
        <translation>您的学习进度文件已损坏，已从 %1 的备份恢复。此后的学习记录不在其中，请检查最近学过的几课。损坏的文件已保存在 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your progress file was damaged and no backup could be used, so progress starts afresh. The damaged file was kept at %1.</source>
        <translation>您的学习进度文件已损坏，且没有可用的备份，学习进度将从头开始。损坏的文件已保存在 %1。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/views/studio/case_editor.py" line="+77"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the case</source>
        <translation>无法打开这个案例</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A reported public event</source>
        <translation>公开报道的真实事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Id:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry:</source>
        <translation>行业(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pics (section ids):</source>
        <translation>涉及章节（编号）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lessons (ids):</source>
        <translation>关联课程（编号）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pai&amp;red case:</source>
        <translation>对照案例(&amp;R)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add a discussion question</source>
        <translation>添加讨论题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter &amp;notes for the discussion:</source>
        <translation>讨论的讲者备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a question</source>
        <translation>删除问题</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ %1 (no such case)</source>
        <translation>⚠ %1（没有这个案例）</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/views/cases.py" line="+68"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case library</source>
        <translation>案例库</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>My notes on this case</source>
        <translation>我对本案例的笔记</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case text</source>
        <translation>案例正文</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Bookmark this section (Ctrl+D)</source>
        <translation>为本节加书签（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+179"/>
        <source>Large text for class</source>
        <translation>课堂大字</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)</source>
        <translation>全屏大字，供课堂投影；按 Esc 或 F5 返回（Ctrl+Shift+L）</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 个案例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Back to the normal view (Esc)</source>
        <translation>返回普通视图（Esc）</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Discuss in class (F5)</source>
        <translation>课堂讨论（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discussion questions as slides on the projector</source>
        <translation>把讨论题做成幻灯片投到投影上</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All industries</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Successes and failures</source>
        <translation>成功与失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successes</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>失败案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../app/views/studio/case_editor.py" line="-164"/>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/views/studio/case_editor.py" line="+1"/>
        <source>failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare: the other version →</source>
        <translation>对照：另一种处理 →</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../app/views/desk.py" line="+40"/>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear for the next customer</source>
        <translation>清空，接待下一位</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When: %1</source>
        <translation>适用：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
</context>
<context>
    <name>ClassView</name>
    <message>
        <location filename="../../app/views/class_view.py" line="+38"/>
        <source>Large text for class — 客诉学堂</source>
        <translation>课堂大字 — 客诉学堂</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shown full screen in large text. Press Esc or F5 there, or click below, to come back here.</source>
        <translation>内容正以全屏大字显示。在那里按 Esc 或 F5，或点击下面的按钮，即可回到这里。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the normal view</source>
        <translation>返回普通视图</translation>
    </message>
</context>
<context>
    <name>Classroom</name>
    <message>
        <location filename="../../app/views/classroom/room.py" line="+97"/>
        <source>Projecting on %1</source>
        <translation>正在投影到 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen connected: %1 — choose it under Projector to show the slides there.</source>
        <translation>已连接屏幕：%1。要在它上面放映，请在“投影”中选择。</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <location filename="../../app/views/classroom/controls.py" line="+45"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move the mouse or press F1 for these controls · S countdown · R reveal · H type the hands</source>
        <translation>移动鼠标或按 F1 显示这些按钮 · S 倒计时 · R 公布答案 · H 输入举手人数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the mouse or press F1 for these controls</source>
        <translation>移动鼠标或按 F1 显示这些按钮</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the hands for each option · Enter: next option · Esc: done</source>
        <translation>输入每个选项的举手人数 · Enter：下一个选项 · Esc：完成</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/views/desk.py" line="+90"/>
        <source>Desk reference — 客诉学堂</source>
        <translation>柜台速查 — 客诉学堂</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklists</source>
        <translation>流程清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrases</source>
        <translation>话术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep on top (Ctrl+T)</source>
        <translation>保持在最前（Ctrl+T）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>EmotionMeter</name>
    <message>
        <location filename="../../app/views/roleplay/meter.py" line="+27"/>
        <source>Customer&apos;s mood:</source>
        <translation>客户情绪：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>▼ calmer</source>
        <translation>▼ 缓和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ angrier</source>
        <translation>▲ 升级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s mood: %1</source>
        <translation>客户情绪：%1</translation>
    </message>
</context>
<context>
    <name>ExamBar</name>
    <message>
        <location filename="../../app/views/exam_bar.py" line="+31"/>
        <source>← Previous</source>
        <translation>← 上一题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next →</source>
        <translation>下一题 →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag for review (Ctrl+M)</source>
        <translation>标记待查 (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit all… (Ctrl+Enter)</source>
        <translation>全部交卷… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Question %1</source>
        <translation>第 %1 题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered</source>
        <translation>已作答</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
</context>
<context>
    <name>ExamRulesDialog</name>
    <message>
        <location filename="../../app/views/exam_rules.py" line="+102"/>
        <source>Exam rules</source>
        <translation>考试规则</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Exam</source>
        <translation>考试(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Final exam</source>
        <translation>结业考试(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules apply to every learner on this installation and replace the course&apos;s. Attempts already made count.</source>
        <translation>这些规则适用于本机上的每位学员，并取代课程自带的规则。已经进行过的考试次数照样计入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Course&apos;s rules</source>
        <translation>课程规则(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../app/views/file_actions.py" line="+49"/>
        <source>Export the handout</source>
        <translation>导出讲义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presenter notes</source>
        <translation>讲师备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint Academy</source>
        <translation>客诉学堂</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the handout…</source>
        <translation>正在生成讲义…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout saved to %1</source>
        <translation>讲义已保存到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export this learner</source>
        <translation>导出这位学员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Learner files (*.academy-learner)</source>
        <translation>学员文件（*.academy-learner）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Exporting the learner…</source>
        <translation>正在导出学员…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved to %2. Import it on the other PC with File → Import a learner.</source>
        <translation>已把 %1 保存到 %2。在另一台电脑上用“文件 → 导入学员”导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a learner</source>
        <translation>导入学员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the learner…</source>
        <translation>正在导入学员…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was added. Switch to them with File → Switch learner.</source>
        <translation>已添加 %1。可用“文件 → 切换学员”切换过去。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n damaged record(s) in the file could not be read and were left out.</source>
        <translation>
            <numerusform>文件中有 %n 条损坏的记录无法读取，已略过。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Install a course pack</source>
        <translation>安装课程包</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking the pack…</source>
        <translation>正在检查课程包…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Complaint Academy</source>
        <translation>关于客诉学堂</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Installed %1 %2: %3 added, %4 changed, %5 removed (archived).</source>
        <translation>已安装 %1 %2：新增 %3 项，修改 %4 项，移除 %5 项（已存档）。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Course packs (*.zip *.pack)</source>
        <translation>课程包 (*.zip *.pack)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Install “%1” (version %2)? The current course is kept in the archive, and learners keep their progress.</source>
        <translation>安装“%1”（版本 %2）吗？当前课程会存档保留，学员的学习进度不受影响。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Installing the course pack…</source>
        <translation>正在安装课程包…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;h3&gt;客诉学堂 · Complaint Handling Academy&lt;/h3&gt;&lt;p&gt;Version %1 · course version %2&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客诉学堂 · Complaint Handling Academy&lt;/h3&gt;&lt;p&gt;版本 %1 · 课程版本 %2&lt;/p&gt;&lt;p&gt;数据文件夹：%3&lt;/p&gt;&lt;p&gt;图标：Lucide（ISC 许可证）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Portable copy: the data stays beside the program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;便携版：数据保存在程序所在的文件夹里。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/views/studio/scenario_findings.py" line="+110"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
</context>
<context>
    <name>GlossaryPanel</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="+514"/>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By section</source>
        <translation>按章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By pinyin (A–Z)</source>
        <translation>按拼音（A–Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter terms</source>
        <translation>筛选术语</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary terms</source>
        <translation>术语</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No term matches “%1”.</source>
        <translation>没有与“%1”匹配的术语。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a term on the left to see its definition, its English name and the lesson that teaches it. Type in the filter to narrow the list (Chinese or English).</source>
        <translation>在左侧选一个术语，即可看到它的定义、英文名称和讲授它的课。在筛选框中输入（中文或英文）可缩小列表。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/main.py" line="+379"/>
        <source>Loading the course…</source>
        <translation>正在加载课程…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/views/home.py" line="+41"/>
        <source>This course teaches the rules of mainland China. Consumer-protection and financial rules in Taiwan and Hong Kong differ: where you handle complaints, the local rules apply.</source>
        <translation>本课程讲授的是中国大陆的规则。台湾与香港的消费者保护及金融规则与此不同：在当地处理投诉时，请以当地规定为准。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course progress</source>
        <translation>课程进度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Track</source>
        <translation>学习方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone takes the common core; a track adds the sections of one line of business. The outline, the certificate and the final exam follow it.</source>
        <translation>所有学员都学通用核心；选择一个方向，会再加上该行业的章节。课程大纲、结业证书和结业考试都按所选方向来。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Track:</source>
        <translation>学习方向(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the course</source>
        <translation>正在加载课程</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the course…</source>
        <translation>正在加载课程…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 lessons learned</source>
        <translation>共 %2 课，已学完 %1 课</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time studied: %1</source>
        <translation>学习时长：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue where you left off: %1</source>
        <translation>继续上次的学习：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>继续学习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with: %1</source>
        <translation>从这一课开始：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start learning</source>
        <translation>开始学习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lessons are available.</source>
        <translation>暂无可学习的课程。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>General (common core only)</source>
        <translation>通用（只学核心课程）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/quiz_import.py" line="+31"/>
        <location line="+59"/>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>题目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n question(s) can be imported into the bank “%1”.</source>
        <translation>
            <numerusform>可以导入 %n 道题到题库“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) will be skipped (listed below).</source>
        <translation>
            <numerusform>将跳过 %n 项（见下表）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding: %1.</source>
        <translation>编码：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing questions…</source>
        <translation>正在导入题目…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moodle questions (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Moodle 题目 (*.gift *.txt *.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="+244"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation>书签与笔记</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../app/views/labels.py" line="+14"/>
        <source>Retail</source>
        <translation>零售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-commerce</source>
        <translation>电商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banking</source>
        <translation>银行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth management</source>
        <translation>财富管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telecom</source>
        <translation>通信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospitality</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>制造业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>互联网</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automotive</source>
        <translation>汽车</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved, customer kept</source>
        <translation>圆满解决，客户留下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at too high a cost</source>
        <translation>解决了，但代价过高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to a regulator or online</source>
        <translation>投诉升级（监管或网络）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lost</source>
        <translation>客户流失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empathy</source>
        <translation>共情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards and compliance</source>
        <translation>规范与合规</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solving the problem</source>
        <translation>解决问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and balance point</source>
        <translation>成本与平衡点</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displeased</source>
        <translation>不满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>生气</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>愤怒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>暴怒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>术语表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>话术</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk checklist</source>
        <translation>前台清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say</source>
        <translation>建议说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid</source>
        <translation>避免说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also</source>
        <translation>又称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read in the lesson: %1</source>
        <translation>到课程中学习：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App message</source>
        <translation>应用内消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public reply to a review</source>
        <translation>公开回复评价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology letter</source>
        <translation>致歉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint record</source>
        <translation>投诉记录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>排序题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>匹配题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situational</source>
        <translation>情境题</translation>
    </message>
</context>
<context>
    <name>LearnerDashboard</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="+90"/>
        <source>lessons learned</source>
        <translation>已学完的课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time studied</source>
        <translation>学习时长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days in a row</source>
        <translation>连续学习天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews due today</source>
        <translation>今天待复习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role-plays finished</source>
        <translation>完成的情景演练</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Study this next</source>
        <translation>接下来学这一课</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start today&apos;s review</source>
        <translation>开始今天的复习</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate (PDF)…</source>
        <translation>结业证书（PDF）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my record (CSV)…</source>
        <translation>导出我的学习记录（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for the trainer (xAPI)…</source>
        <translation>导出给讲师（xAPI）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send my records now</source>
        <translation>立即发送学习记录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weakest topics: %1. Study this next: %2</source>
        <translation>最薄弱的部分：%1。建议接下来学：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer some practice questions to see which topics need work. Study this next: %2</source>
        <translation>先做一些练习题，才能看出哪些主题需要加强。接下来建议学习：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weak topics in what you have practised. Study this next: %2</source>
        <translation>已练习的主题中没有薄弱项。接下来建议学习：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per section: lessons learned and mastery</source>
        <translation>各部分：课程完成度与掌握度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lessons learned</source>
        <translation>课程完成度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exam history</source>
        <translation>考试记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No exams taken yet.</source>
        <translation>还没有参加过考试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate earned on %1 with %2% · verification code %3</source>
        <translation>已于 %1 以 %2 分获得结业证书 · 验证码 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lesson(s) to learn</source>
        <translation>还有 %1 课要学完</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the final exam to pass</source>
        <translation>要通过结业考试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1.</source>
        <translation>结业证书：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation>，并且</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Records for the organisation&apos;s LRS (%1): %2 waiting.</source>
        <translation>机构学习记录库（%1）：%2 条待发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt %1: %2</source>
        <translation>上次尝试 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sent %1.</source>
        <translation>上次发送：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records sent: %1; waiting: %2.</source>
        <translation>已发送 %1 条记录，%2 条待发送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending records…</source>
        <translation>正在发送学习记录…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xAPI (*.json)</source>
        <translation>xAPI（*.json）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Certificate</source>
        <translation>结业证书</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the certificate…</source>
        <translation>正在生成证书…</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../app/views/studio/lesson_editor.py" line="+97"/>
        <source>Lesson text (Markdown)</source>
        <translation>课文（Markdown）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Presenter notes</source>
        <translation>讲师备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No presenter notes: write them after a line “???” in the section.</source>
        <translation>没有讲者备注：在该节中单独一行“???”之后书写。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Presenter &amp;notes:</source>
        <translation>讲者备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callout</source>
        <translation>提示框</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the course section this lesson belongs to.</source>
        <translation>请选择这节课所属的课程章节。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the lesson</source>
        <translation>无法打开这节课</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>(no notes)</source>
        <translation>（无备注）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.svg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot add the image: %1</source>
        <translation>无法添加图片：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the image</source>
        <translation>描述这张图片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does the image show? (Read aloud to learners who cannot see it.)</source>
        <translation>图片显示了什么？（会读给看不到图片的学员听。）</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <location filename="../../app/views/studio/lesson_form.py" line="+98"/>
        <source>&amp;Id:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order in the section:</source>
        <translation>章内顺序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes:</source>
        <translation>分钟(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjectives (one a line):</source>
        <translation>学习目标（每行一条）(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key terms (separated by commas):</source>
        <translation>关键词（用逗号分隔）(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related lessons (ids):</source>
        <translation>相关课程（编号）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed once saved: learners&apos; progress keeps it</source>
        <translation>保存后不可更改：学员的学习记录以它为准</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose a section…</source>
        <translation>选择章节…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 (not a section)</source>
        <translation>⚠ %1（不是课程章节）</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../../app/views/reader.py" line="+122"/>
        <source>Previous lesson (Alt+Left)</source>
        <translation>上一课（Alt+←）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next lesson (Alt+Right)</source>
        <translation>下一课（Alt+→）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation>缩小文字（Ctrl+−）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larger text (Ctrl++)</source>
        <translation>放大文字（Ctrl++）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>5–10 questions on this lesson, with feedback (Ctrl+L)</source>
        <translation>本课 5–10 道题，答完即看讲解（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Mark this lesson as learned (Ctrl+M)</source>
        <translation>将本课标记为已学（Ctrl+M）</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Check this lesson</source>
        <translation>本课小测</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+291"/>
        <source>Bookmark this section (Ctrl+D)</source>
        <translation>为本节加书签（Ctrl+D）</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Teach (F5)</source>
        <translation>授课（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present this lesson: slides on the projector, notes on this screen</source>
        <translation>讲授本课：幻灯片投到投影上，讲师备注留在本屏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lesson text</source>
        <translation>课程正文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sections of this lesson</source>
        <translation>本课章节</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In this lesson</source>
        <translation>本课内容</translation>
    </message>
    <message>
        <location line="+100"/>
        <location filename="../../app/views/studio/lesson_editor.py" line="-150"/>
        <source>Section %1</source>
        <translation>第 %1 章</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Learning objectives</source>
        <translation>学习目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {n} min</source>
        <translation>约 {n} 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key terms</source>
        <translation>关键术语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the answers (try first)</source>
        <translation>先自己想一想，再点此查看参考答案</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookmark removed</source>
        <translation>书签已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤销（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmark restored</source>
        <translation>书签已恢复</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This section is bookmarked; click to remove (Ctrl+D)</source>
        <translation>本节已加书签；点击取消（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Learned</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as learned</source>
        <translation>标记为已学</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned; click to mark as not learned (Ctrl+M)</source>
        <translation>已学；点击改回未学（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Taught in: %1</source>
        <translation>讲授于：%1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Alt+↓ / Alt+↑ go through the links in the text; Enter opens one.</source>
        <translation>按 Alt+↓ / Alt+↑ 逐个选中正文中的链接，按 Enter 打开。</translation>
    </message>
</context>
<context>
    <name>LiveQuizShow</name>
    <message>
        <location filename="../../app/views/classroom/shows.py" line="+217"/>
        <source>asking, countdown not started</source>
        <translation>提问中，倒计时未开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countdown %1</source>
        <translation>倒计时 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countdown paused at %1</source>
        <translation>倒计时暂停于 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer shown</source>
        <translation>已公布答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
</context>
<context>
    <name>LrsSettingsDialog</name>
    <message>
        <location filename="../../app/views/lrs_settings.py" line="+28"/>
        <source>Organisation&apos;s LRS</source>
        <translation>机构的学习记录库（LRS）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work e-mail</source>
        <translation>工作邮箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS address</source>
        <translation>LRS 地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or user name</source>
        <translation>密钥或用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret or password</source>
        <translation>密钥口令或密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff directory address</source>
        <translation>员工目录地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name learners by</source>
        <translation>学员标识方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LRS &amp;address:</source>
        <translation>LRS 地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key or user name:</source>
        <translation>密钥或用户名(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret or password:</source>
        <translation>密钥口令或密码(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;directory address:</source>
        <translation>员工目录地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name learners by:</source>
        <translation>学员标识方式(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>密码保存在本机的系统密钥环中，不写入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no system keyring: the password is kept in organisation.json in the data folder, readable only by your account.</source>
        <translation>本机没有系统密钥环：密码保存在数据文件夹的 organisation.json 中，只有您的账户可以读取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These settings come from the installation&apos;s organisation.json. Saving writes a copy in the data folder, which is used instead.</source>
        <translation>当前设置来自安装目录中的 organisation.json。保存后会在数据文件夹写入一份副本，并以该副本为准。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking the LRS…</source>
        <translation>正在连接 LRS…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The LRS answered and accepted the key.</source>
        <translation>LRS 已响应，并接受了该密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The LRS refused this key and secret (%1).</source>
        <translation>LRS 拒绝了该密钥和口令（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LRS address must start with http:// or https://.</source>
        <translation>LRS 地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LRS did not answer as expected: %1</source>
        <translation>LRS 未按预期响应：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The staff directory address must start with http:// or https://.</source>
        <translation>员工目录地址必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="+60"/>
        <location line="+14"/>
        <location line="+476"/>
        <source>Complaint Academy</source>
        <translation>客诉学堂</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>写作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch learner (Ctrl+Shift+P)</source>
        <translation>切换学员（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings (Ctrl+,)</source>
        <translation>设置（Ctrl+,）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the course…</source>
        <translation>正在加载课程…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch &amp;learner…</source>
        <translation>切换学员(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the lesson &amp;handout (PDF)…</source>
        <translation>导出本课讲义（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export this learner (to move to another PC)…</source>
        <translation>导出这位学员（搬到另一台电脑）(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a learner…</source>
        <translation>导入学员(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install a course &amp;pack…</source>
        <translation>安装课程包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course &amp;studio…</source>
        <translation>课程工作室(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>首页(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quizzes</source>
        <translation>测验(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cases</source>
        <translation>案例(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role-play</source>
        <translation>情景演练(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Knowledge base</source>
        <translation>知识库(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>学习进度(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Written practice</source>
        <translation>写作练习(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk reference (stays on top)</source>
        <translation>柜台速查（保持在最前）(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>缩小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset text size</source>
        <translation>重置文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;log folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Complaint Academy</source>
        <translation>关于客诉学堂(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course studio</source>
        <translation>课程工作室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the trainer edits the organisation&apos;s own lessons, cases, questions and role-plays. A profile with a PIN becomes the trainer in File → Switch learner → Make trainer.</source>
        <translation>只有讲师可以编辑本机构自己的课程、案例、题目和情景演练。设有 PIN 的学员档案可在“文件 → 切换学员 → 设为讲师”中成为讲师。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Progress restored</source>
        <translation>学习进度已恢复</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="-103"/>
        <source>This profile&apos;s progress cannot be opened or saved right now (%1). Nothing was changed. Check that the disk has free space and that the folder can be written, then open the profile again.

File: %2</source>
        <translation>此学员的学习进度现在无法打开或保存（%1）。没有做任何改动。请检查磁盘是否还有空间、文件夹是否可写，然后再打开此学员档案。

文件：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This profile&apos;s progress was saved by a newer version of 客诉学堂 and cannot be opened by this one. Nothing was changed.

File: %1</source>
        <translation>此学员档案的学习进度由更新版本的客诉学堂保存，当前版本无法打开。未做任何更改。

文件：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile could not be opened: %1

Details are in the log folder: %2</source>
        <translation>无法打开学员档案：%1

详细信息请查看日志文件夹：%2</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="+430"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question file</source>
        <translation>题目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowercase letters, digits and -, e.g. card-fees</source>
        <translation>小写字母、数字和 -，例如 card-fees</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../app/views/notes.py" line="+20"/>
        <location line="+3"/>
        <source>My note on this section</source>
        <translation>我对本节的笔记</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type a note; it is saved as you go.</source>
        <translation>在这里写笔记，会自动保存。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="-224"/>
        <location line="+40"/>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No bookmarks yet. While reading a lesson or a case, press Ctrl+D (or the bookmark button) to bookmark the section you are on.</source>
        <translation>还没有书签。阅读课程或案例时，按 Ctrl+D（或点书签按钮）即可为当前这一节加书签。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No notes yet. Write in the box “My note on this section” beside a lesson or a case; it is saved as you type.</source>
        <translation>还没有笔记。在课程或案例旁的“我对本节的笔记”框中书写，输入时会自动保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Remove bookmark (Del)</source>
        <translation>取消书签（Del）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Delete note</source>
        <translation>删除笔记</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Undo delete (Ctrl+Z)</source>
        <translation>撤销删除（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export notes as Markdown…</source>
        <translation>把笔记导出为 Markdown…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove bookmark</source>
        <translation>取消书签</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bookmark removed. Undo with Ctrl+Z.</source>
        <translation>书签已取消。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>笔记已删除。按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored.</source>
        <translation>书签已恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note restored.</source>
        <translation>笔记已恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That section has a newer note, so the deleted one was not restored.</source>
        <translation>这一节已经有了新笔记，所以没有恢复删除的那条。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export notes</source>
        <translation>导出笔记</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting notes…</source>
        <translation>正在导出笔记…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes exported to %1</source>
        <translation>笔记已导出到 %1</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../app/views/outline.py" line="+29"/>
        <source>Course outline</source>
        <translation>课程大纲</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 lessons learned</source>
        <translation>共 %2 课，已学完 %1 课</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>learned</source>
        <translation>已学完</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
</context>
<context>
    <name>PhraseCard</name>
    <message>
        <location filename="../../app/views/desk.py" line="-86"/>
        <source>Avoid: %1</source>
        <translation>避免：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the suggested words to the clipboard</source>
        <translation>把建议说法复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>PhrasesTab</name>
    <message>
        <location line="+19"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
</context>
<context>
    <name>PlayFromHereDialog</name>
    <message>
        <location filename="../../app/views/studio/scenario_play.py" line="+23"/>
        <source>Play from %1</source>
        <translation>从 %1 开始演练</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rehearsal from node %1 — not stored. Keys 1–4 reply, Ctrl+Z takes back.</source>
        <translation>从节点 %1 开始的演练——不保存。按 1–4 回应，Ctrl+Z 撤回。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reply %1 leads to “%2”, which does not exist yet.</source>
        <translation>回应 %1 通向“%2”，但它还不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearsal in the editor — not stored.</source>
        <translation>编辑器中的演练——不保存。</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../app/views/classroom/windows.py" line="+210"/>
        <source>Presenter view — 客诉学堂</source>
        <translation>讲师视图 — 客诉学堂</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presenter notes</source>
        <translation>讲师备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+= / Ctrl+− or Ctrl+wheel: notes text size</source>
        <translation>Ctrl+= / Ctrl+− 或 Ctrl+滚轮：调整备注字号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slides</source>
        <translation>幻灯片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector screen</source>
        <translation>投影屏幕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identify screens</source>
        <translation>识别屏幕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projector:</source>
        <translation>投影：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Now on the projector</source>
        <translation>投影上正在显示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+74"/>
        <source> · screen black</source>
        <translation> · 黑屏中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> · screen white</source>
        <translation> · 白屏中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 页</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../app/views/studio/problems.py" line="+130"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>ProfileChooser</name>
    <message>
        <location filename="../../app/views/profiles.py" line="+35"/>
        <source>Please enter a name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名过长（最多 40 个字符）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile with this name already exists.</source>
        <translation>已存在同名的学员档案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN is exactly 4 digits.</source>
        <translation>PIN 码必须是 4 位数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile no longer exists.</source>
        <translation>该学员档案已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile has already been restored.</source>
        <translation>该学员档案已恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the trainer can do this (after entering the trainer&apos;s PIN).</source>
        <translation>只有讲师（输入讲师的 PIN 码后）才能这样做。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainer&apos;s profile needs a PIN: set one first with “PIN…”.</source>
        <translation>讲师的档案必须设有 PIN 码：请先用“PIN 码…”设置。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Who is learning today?</source>
        <translation>今天谁来学习？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learner profiles</source>
        <translation>学员档案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New profile…</source>
        <translation>新建学员档案(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN…</source>
        <translation>PIN 码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trainer…</source>
        <translation>讲师(&amp;T)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · Trainer</source>
        <translation>%1 · 讲师</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trainer: sets the exam rules and sees the cohort (PIN).</source>
        <translation>讲师：设置考试规则，查看学员群组（有 PIN 码保护）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected by a PIN</source>
        <translation>受 PIN 码保护</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profiles yet — create one with “New profile…”.</source>
        <translation>还没有学员档案。请点击“新建学员档案…”创建一个。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Make &amp;trainer…</source>
        <translation>设为讲师(&amp;T)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The trainer sets the exam rules and sees the cohort. It needs a PIN.</source>
        <translation>讲师设置考试规则并查看学员群组。讲师档案必须设有 PIN 码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up &amp;trainer role…</source>
        <translation>卸任讲师(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this, no profile is the trainer until one takes the role.</source>
        <translation>卸任后，在有档案接任之前，本机没有讲师。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the trainer role to this profile (the trainer&apos;s PIN is needed).</source>
        <translation>把讲师身份交给这个档案（需要讲师的 PIN 码）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN for %1:</source>
        <translation>%1 的 PIN 码：</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+219"/>
        <source>That PIN is not right.</source>
        <translation>PIN 码不正确。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Who is learning?</source>
        <translation>选择学员</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Make “%1” the trainer of this installation? The trainer sets the exam rules and sees the cohort; after this, only the trainer can hand the role on.</source>
        <translation>把“%1”设为本机的讲师吗？讲师设置考试规则并查看学员群组；此后只有讲师本人才能把这个身份交给别人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” gives up the trainer role? Until a profile takes it again, nobody can change the exam rules.</source>
        <translation>“%1”要卸任讲师吗？在有档案接任之前，谁都不能修改考试规则。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand the trainer role from “%1” to “%2”? The trainer&apos;s PIN is needed.</source>
        <translation>把讲师身份从“%1”交给“%2”吗？需要讲师的 PIN 码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trainer</source>
        <translation>讲师</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New profile</source>
        <translation>新建学员档案</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename profile</source>
        <translation>重命名学员档案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set or remove PIN</source>
        <translation>设置或移除 PIN 码</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete profile</source>
        <translation>删除学员档案</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the profile “%1” and its progress?

A copy is kept in the “deleted-profiles” folder of the data directory, and you can undo this until you close this window.</source>
        <translation>要删除学员档案“%1”及其学习进度吗？

数据文件夹中的“deleted-profiles”文件夹会保留一份副本；在关闭此窗口之前，您都可以撤销删除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="+144"/>
        <source>The list of profiles was damaged; its previous copy was used. A profile created just before may be missing from the list; its progress folder is kept.</source>
        <translation>学员档案列表已损坏，已改用它的上一份副本。刚刚新建的学员档案可能不在列表中，但其学习进度文件夹仍然保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of profiles was damaged and has been rebuilt from the progress folders. Names were lost: please rename the profiles. No progress was lost.</source>
        <translation>学员档案列表已损坏，已根据学习进度文件夹重新建立。姓名已丢失，请重新命名各学员档案。学习进度没有丢失。</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../app/views/profiles.py" line="-320"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PIN (optional)</source>
        <translation>PIN 码（可选）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat PIN</source>
        <translation>再次输入 PIN 码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN (optional, 4 digits):</source>
        <translation>PIN 码（可选，4 位）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat PIN:</source>
        <translation>确认 PIN 码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN stops colleagues opening your profile by mistake.</source>
        <translation>设置 PIN 码可防止同事误打开您的学员档案。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The two PINs differ.</source>
        <translation>两次输入的 PIN 码不一致。</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="+282"/>
        <source>My progress</source>
        <translation>我的进度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer: cohort</source>
        <translation>讲师：学员群组</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>学习进度</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../app/views/classroom/windows.py" line="-203"/>
        <source>Projector — 客诉学堂</source>
        <translation>投影 — 客诉学堂</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="+21"/>
        <source>Publish for all installed copies</source>
        <translation>发布给所有安装副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed, for the people who install it</source>
        <translation>这一版改了什么（给安装的人看）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current version:</source>
        <translation>当前版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New version:</source>
        <translation>新版本(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change note:</source>
        <translation>变更说明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the pack as:</source>
        <translation>课程包保存为(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the pack as</source>
        <translation>课程包保存为</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packs (*.pack)</source>
        <translation>课程包 (*.pack)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published %1 version %2 as %3. Every installed copy installs it with File → Install a course pack; learners keep their progress on unchanged items.</source>
        <translation>已发布 %1 版本 %2：%3。各安装副本用“文件 → 安装课程包”安装；学员在未改动内容上的进度会保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not published: %1</source>
        <translation>未发布：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking and building the pack…</source>
        <translation>正在检查并生成课程包…</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../app/views/studio/question_editor.py" line="+58"/>
        <source>id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>题干</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>顾客的话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>配对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accepted answer</source>
        <translation>可接受答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>右侧</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Type of a new question</source>
        <translation>新题目的题型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (Ctrl+N)</source>
        <translation>添加（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate (Ctrl+D)</source>
        <translation>复制（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up (Alt+↑)</source>
        <translation>上移（Alt+↑）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Down (Alt+↓)</source>
        <translation>下移（Alt+↓）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try it (F5)</source>
        <translation>试答（F5）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the quiz file</source>
        <translation>无法打开该题库文件</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add question</source>
        <translation>添加题目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate question</source>
        <translation>复制题目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete question</source>
        <translation>删除题目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move question</source>
        <translation>移动题目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change type</source>
        <translation>更改题型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right option</source>
        <translation>正确选项</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>has problems</source>
        <translation>有问题</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a question to try.</source>
        <translation>请选择一道题来试答。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../app/views/studio/question_form.py" line="+78"/>
        <source>Add a question (Ctrl+N) or choose one in the list.</source>
        <translation>添加一道题（Ctrl+N），或在列表中选择一道。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type(&amp;T):</source>
        <translation>题型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id(&amp;I):</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section(&amp;E):</source>
        <translation>章节(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · easy</source>
        <translation>1 · 容易</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 · medium</source>
        <translation>2 · 中等</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 · hard</source>
        <translation>3 · 困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty(&amp;D):</source>
        <translation>难度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson(&amp;L):</source>
        <translation>课程(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question(&amp;Q):</source>
        <translation>题干(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer says(&amp;C):</source>
        <translation>顾客说(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer(&amp;A):</source>
        <translation>答案(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Explanation(&amp;X):</source>
        <translation>解析(&amp;X)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items, in the right order</source>
        <translation>条目（按正确顺序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs (left · right)</source>
        <translation>配对（左 · 右）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted answers</source>
        <translation>可接受的答案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add option</source>
        <translation>添加选项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>添加条目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pair</source>
        <translation>添加配对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add answer</source>
        <translation>添加答案</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option %1</source>
        <translation>选项 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of the marks for ticking this option</source>
        <translation>勾选此项所得的分数比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback on this option</source>
        <translation>对此选项的反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback %1</source>
        <translation>反馈 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left %1</source>
        <translation>左侧 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right %1</source>
        <translation>右侧 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
</context>
<context>
    <name>QuizControls</name>
    <message>
        <location filename="../../app/views/classroom/controls.py" line="-163"/>
        <source>Reveal (R)</source>
        <translation>公布答案（R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands (H):</source>
        <translation>举手人数（H）：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hands for option %1</source>
        <translation>选 %1 的举手人数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause the countdown (S)</source>
        <translation>暂停倒计时（S）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the countdown (S)</source>
        <translation>开始倒计时（S）</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../app/views/quiz.py" line="+102"/>
        <source>Quizzes and review</source>
        <translation>测验与复习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start today&apos;s review</source>
        <translation>开始今日复习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise this topic</source>
        <translation>练习本章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the final exam</source>
        <translation>参加结业考试</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due today</source>
        <translation>今日待复习</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+135"/>
        <location line="+251"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review:</source>
        <translation>复习：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live quiz for a class</source>
        <translation>课堂现场测验</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>10 questions on the projector, a countdown, hands counted per option</source>
        <translation>投影上出 10 道题，倒计时作答，按选项统计举手人数</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Practice:</source>
        <translation>练习：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exam:</source>
        <translation>考试：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final:</source>
        <translation>结业：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported question banks</source>
        <translation>导入的题库</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise</source>
        <translation>练习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Moodle…</source>
        <translation>从 Moodle 导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported:</source>
        <translation>导入题库：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to review: questions you miss come back here.</source>
        <translation>暂无需要复习的题目：答错的题会回到这里。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+252"/>
        <source>Final exam</source>
        <translation>结业考试</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+546"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="-544"/>
        <location line="+544"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Remove bank</source>
        <translation>移除题库</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove the imported bank “%1”? Answers already given stay in your history.</source>
        <translation>移除导入的题库“%1”吗？已作答的记录会保留。</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Start an exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exam rules…</source>
        <translation>考试规则…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the exams&apos; rules for this installation (trainer)</source>
        <translation>设置本机的考试规则（讲师）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No exams taken yet. Each exam you take is listed here with its score.</source>
        <translation>还没有参加过考试。每次考试都会连同成绩列在这里。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No imported question banks yet</source>
        <translation>还没有导入的题库</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>今天有 %n 道题待复习</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done for today. Next review on %1: %n question(s).</source>
        <translation>
            <numerusform>今天的复习已完成。下次复习：%1，共 %n 题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing due today. The questions you missed come back here on their day; practise a topic meanwhile.</source>
        <translation>今天没有要复习的题。答错的题会在安排的日子回到这里；这期间可以先练习某个章节。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to review yet. Questions you miss in practice come back here on a schedule until you know them.</source>
        <translation>暂时没有需要复习的题。练习中答错的题会按计划回到这里，直到你掌握为止。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This course has no questions to practise yet.</source>
        <translation>本课程还没有可以练习的题目。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (damaged)</source>
        <translation>%1（已损坏）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1（%n 题）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import a question bank first (Import from Moodle…).</source>
        <translation>请先导入题库（从 Moodle 导入…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the questions of the chosen bank</source>
        <translation>练习所选题库中的题目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen bank</source>
        <translation>移除所选题库</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question bank damaged</source>
        <translation>题库已损坏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question bank cannot be read: %1

Remove it and import the file again.</source>
        <translation>无法读取这个题库：%1

请删除它，然后重新导入原文件。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 per section</source>
        <translation>每章 %1 题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark %1%</source>
        <translation>及格线 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts: unlimited</source>
        <translation>考试次数：不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempts left: %1 of %2</source>
        <translation>剩余次数：%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections: %1</source>
        <translation>章节：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The common core and your track (%1). Counts towards the certificate.</source>
        <translation>通用核心和你所选的方向（%1）。计入结业证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every section. Counts towards the certificate.</source>
        <translation>涵盖所有章节，成绩计入结业证书。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No attempts left</source>
        <translation>没有剩余次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have used every attempt the trainer allows for this exam.</source>
        <translation>讲师为这项考试规定的次数你已经用完了。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How did it feel?</source>
        <translation>这题感觉如何？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key %1</source>
        <translation>按键 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next (→)</source>
        <translation>下一题（→）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <location line="+235"/>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+19"/>
        <location line="+38"/>
        <source>True</source>
        <translation>对</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+20"/>
        <location line="+38"/>
        <source>False</source>
        <translation>错</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Put these in order: drag them, or select one and press Alt+↑ / Alt+↓.</source>
        <translation>请排序：拖动各项，或选中一项后按 Alt+↑ / Alt+↓。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation>输入你的答案</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: “%1”</source>
        <translation>顾客：“%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit all…</source>
        <translation>全部交卷…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lesson check</source>
        <translation>本课小测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>专项练习</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s review</source>
        <translation>今日复习</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose or type an answer first.</source>
        <translation>请先选择或填写答案。</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Correct</source>
        <translation>答对了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not quite</source>
        <translation>还不对</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer: %1</source>
        <translation>正确答案：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read: %1</source>
        <translation>复习课程：%1</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Submit all your answers? You cannot change them afterwards.</source>
        <translation>确定交卷吗？交卷后不能再修改答案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered: %1</source>
        <translation>未作答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged for review: %1</source>
        <translation>已标记待查：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit the attempt</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submit</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep working</source>
        <translation>继续作答</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start the exam (Enter)</source>
        <translation>开始考试 (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n question(s).</source>
        <translation>
            <numerusform>共 %n 题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>End now? You answered %1 of %n question(s); only those count.</source>
        <translation>
            <numerusform>现在结束吗？你答了 %n 题中的 %1 题，只统计已答的题目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Less than %n minute(s) left</source>
        <translation>
            <numerusform>剩余不到 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Time: %1 minutes, counted from when you start.</source>
        <translation>限时 %1 分钟，从你点击开始时计时。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No time limit.</source>
        <translation>不限时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark: %1%.</source>
        <translation>及格线：%1%。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move between the questions freely (← / →, or the question map), flag any to come back to (Ctrl+M), and change your answers until you submit the whole attempt (Ctrl+Enter).</source>
        <translation>可以在题目之间自由切换（← / →，或点题号），把想回头再看的题标记出来（Ctrl+M）；在整份试卷交卷（Ctrl+Enter）之前，答案都可以修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the time runs out, the answers given so far are submitted; questions left blank count as unanswered.</source>
        <translation>时间到时，已作答的答案会自动交卷；留空的题目记为未作答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results and every question with its right answer are shown after.</source>
        <translation>交卷后会显示成绩，以及每道题和它的正确答案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The final exam counts towards the certificate.</source>
        <translation>结业考试的成绩计入结业证书。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attempts: as many as you like.</source>
        <translation>考试次数：不限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attempt counts once you start; attempts left after it: %1. Going back now (Esc) does not use it.</source>
        <translation>点击开始后，本次考试计入次数；之后还剩 %1 次。现在返回（Esc）不占用次数。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Go on</source>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time left %1</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Every question with your answer</source>
        <translation>每道题及你的答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to quizzes (Esc)</source>
        <translation>返回测验（Esc）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 right, score %3</source>
        <translation>答对 %1 / %2 题，得分 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unanswered</source>
        <translation>%1 题未作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered %1 of %2</source>
        <translation>共 %2 题，已答 %1 题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1, %2 right, score %3</source>
        <translation>已答 %1 题，答对 %2 题，得分 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time ran out</source>
        <translation>时间已到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered right</source>
        <translation>答对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time ran out: unanswered</source>
        <translation>时间到，未作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
    </message>
</context>
<context>
    <name>ReferenceTableEditor</name>
    <message>
        <location filename="../../app/views/studio/reference_tables.py" line="+164"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add row (Ctrl+N)</source>
        <translation>添加行（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete rows (Del)</source>
        <translation>删除行（Del）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 rows match</source>
        <translation>%2 行中有 %1 行匹配</translation>
    </message>
</context>
<context>
    <name>ReferenceTables</name>
    <message>
        <location line="-313"/>
        <source>Id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>释义</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also called</source>
        <translation>又称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group title</source>
        <translation>分组标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say</source>
        <translation>建议说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid</source>
        <translation>避免说</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (separated by commas)</source>
        <translation>词语（用逗号分隔）</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Cannot open the file</source>
        <translation>无法打开该文件</translation>
    </message>
</context>
<context>
    <name>RolePlayPage</name>
    <message>
        <location filename="../../app/views/roleplay/page.py" line="+80"/>
        <location line="+159"/>
        <source>Large text for class</source>
        <translation>课堂大字</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)</source>
        <translation>全屏大字，供课堂投影；按 Esc 或 F5 返回（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Back to the normal view (Esc)</source>
        <translation>返回普通视图（Esc）</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../app/views/exam_rules.py" line="-95"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions per section:</source>
        <translation>每章题数(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass mark:</source>
        <translation>及格线(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attempts per learner:</source>
        <translation>每位学员的次数(&amp;A)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections the exam draws from</source>
        <translation>考试出题的章节</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sections (none ticked: the core and each learner&apos;s track):</source>
        <translation>章节(&amp;S)（都不勾选：通用核心加每位学员自己的方向）：</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <location filename="../../app/views/roleplay/chooser.py" line="+48"/>
        <source>Scenarios</source>
        <translation>演练情景</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talk an upset customer through a complaint. Each reply changes the customer&apos;s mood; the debrief shows which principles you followed.</source>
        <translation>陪一位正在气头上的客户把投诉处理完。你的每句回应都会改变客户的情绪；结束后的复盘会指出你遵循或违背了哪些原则。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Situation</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (Enter)</source>
        <translation>开始（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue where I left off</source>
        <translation>从上次中断处继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debrief of my best run</source>
        <translation>查看最佳一次的复盘</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play with a class on the projector</source>
        <translation>在投影上带全班演练</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not played yet</source>
        <translation>尚未练习</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No scenarios are available.</source>
        <translation>没有可用的演练情景。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 · at least %n reply(s) to the best ending · %2 endings</source>
        <translation>
            <numerusform>%1 · 最佳结局至少需要 %n 次回应 · 共 %2 种结局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Your best result: %1 · %2 points · %n run(s)</source>
        <translation>
            <numerusform>你的最佳成绩：%1 · %2 分 · 已练 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not played this scenario yet.</source>
        <translation>你还没有练过这个情景。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This scenario has changed since your best run, so that run cannot be shown again. Your result is kept.</source>
        <translation>这个情景在你取得最佳成绩后已经改过，那一次的过程无法再现；你的成绩仍然保留。</translation>
    </message>
</context>
<context>
    <name>ScenarioDebrief</name>
    <message>
        <location filename="../../app/views/roleplay/debrief.py" line="+125"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Play again (Ctrl+R)</source>
        <translation>再练一次（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All scenarios (Esc)</source>
        <translation>全部情景（Esc）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debrief</source>
        <translation>复盘</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your best run so far.</source>
        <translation>这是你目前最好的一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new best result for this scenario.</source>
        <translation>刷新了这个情景的最佳成绩。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First run saved. Play again to try another path.</source>
        <translation>第一次练习已保存。再练一次，试试别的说法。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Your best remains: %1, %2 points.</source>
        <translation>已保存。你的最佳成绩仍是：%1，%2 分。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n reply(s) · customer&apos;s mood at the end: %1 · total %2 points</source>
        <translation>
            <numerusform>共 %n 次回应 · 结束时客户情绪：%1 · 总分 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your replies</source>
        <translation>你的每一次回应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed</source>
        <translation>遵循</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke</source>
        <translation>违背</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study: %1</source>
        <translation>去学习：%1</translation>
    </message>
</context>
<context>
    <name>ScenarioDialogue</name>
    <message>
        <location filename="../../app/views/roleplay/dialogue.py" line="+130"/>
        <source>Take back (Ctrl+Z)</source>
        <translation>撤回（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave (Esc)</source>
        <translation>离开（Esc）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation so far</source>
        <translation>到目前为止的对话</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer says</source>
        <translation>客户说的话</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+65"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Your reply (press 1–4):</source>
        <translation>你的回应（按 1–4）：</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>You</source>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <location filename="../../app/views/studio/scenario_editor.py" line="+77"/>
        <location line="+61"/>
        <source>Add node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+62"/>
        <source>Add ending</source>
        <translation>添加结局</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play from here (F5)</source>
        <translation>从这里演练（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit (Ctrl+0)</source>
        <translation>适合窗口（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open the scenario</source>
        <translation>无法打开该情景</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add reply</source>
        <translation>添加回应</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove reply</source>
        <translation>删除回应</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New node</source>
        <translation>新节点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete node</source>
        <translation>删除节点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete ending</source>
        <translation>删除结局</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reply %1: %2</source>
        <translation>回应 %1：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select a node to play from (an ending has no replies).</source>
        <translation>请选择一个节点开始演练（结局没有回应）。</translation>
    </message>
</context>
<context>
    <name>ScenarioFindings</name>
    <message>
        <location filename="../../app/views/studio/scenario_findings.py" line="-101"/>
        <source>the customer&apos;s line</source>
        <translation>顾客的话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replies</source>
        <translation>回应</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply&apos;s text</source>
        <translation>回应的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emotion change</source>
        <translation>情绪变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principle</source>
        <translation>原则</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lesson link</source>
        <translation>课程链接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the news that stirs up</source>
        <translation>再次激怒的消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id</source>
        <translation>标识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start node</source>
        <translation>起始节点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no target yet</source>
        <translation>尚未指定去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leads to “%1”, which is neither a node nor an ending</source>
        <translation>通向“%1”，但它既不是节点也不是结局</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start node does not exist</source>
        <translation>起始节点不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be reached from the start</source>
        <translation>从起点无法到达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no ending can be reached from here (a dead end or a loop with no way out)</source>
        <translation>从这里到不了任何结局（死路或无出口的循环）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a scenario needs at least 3 endings, one of them of kind “loyal”</source>
        <translation>情景至少需要 3 个结局，其中一个为“loyal”（问题解决，客户留下）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the best path has %1 decisions; at least %2 are needed</source>
        <translation>最佳路径只有 %1 个决策，至少需要 %2 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores go from −2 to +2 in the four dimensions</source>
        <translation>四个维度的得分都在 −2 到 +2 之间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lesson link “%1” leads nowhere in this course</source>
        <translation>课程链接“%1”在本课程中不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node needs 3 or 4 replies</source>
        <translation>每个节点需要 3 或 4 个回应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field “%1”</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range</source>
        <translation>%1超出范围</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid</source>
        <translation>%1无效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · reply %2</source>
        <translation>%1 · 回应 %2</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../app/views/studio/scenario_form.py" line="+86"/>
        <source>Node %1</source>
        <translation>节点 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer says(&amp;C):</source>
        <translation>顾客说(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News in this line that stirs the customer up again (0–2)</source>
        <translation>这句话里再次激怒顾客的消息（0–2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stirs up again(&amp;U):</source>
        <translation>再次激怒(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reply</source>
        <translation>添加回应</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ending %1</source>
        <translation>结局 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind(&amp;K):</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Title(&amp;T):</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>What happens(&amp;W):</source>
        <translation>结局经过(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id(&amp;I):</source>
        <translation>标识(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry(&amp;N):</source>
        <translation>行业(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background(&amp;B):</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start node(&amp;S):</source>
        <translation>起始节点(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting mood(&amp;M):</source>
        <translation>初始情绪(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a node or an ending in the graph to edit it.</source>
        <translation>在图中选择一个节点或结局即可编辑。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply %1</source>
        <translation>回应 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply:</source>
        <translation>回应：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending: %1</source>
        <translation>结局：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New node…</source>
        <translation>新节点…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads to:</source>
        <translation>通向：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion change:</source>
        <translation>情绪变化：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback:</source>
        <translation>反馈：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principle:</source>
        <translation>原则：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reply %1</source>
        <translation>删除回应 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioGraphView</name>
    <message>
        <location filename="../../app/views/studio/scenario_graph.py" line="+186"/>
        <source>Scenario graph</source>
        <translation>情景图</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reply %1: %2 → %3 (emotion %4, points %5)</source>
        <translation>回应 %1：%2 → %3（情绪 %4，得分 %5）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Play from here (F5)</source>
        <translation>从这里演练（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit (Enter)</source>
        <translation>编辑（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ScenarioProjector</name>
    <message>
        <location filename="../../app/views/classroom/roleplay.py" line="+17"/>
        <source>Role-play with the class — 客诉学堂</source>
        <translation>全班情景演练 — 客诉学堂</translation>
    </message>
</context>
<context>
    <name>ScreenList</name>
    <message>
        <location filename="../../app/views/classroom/screens.py" line="+29"/>
        <source>%1 — %2×%3 at (%4, %5)</source>
        <translation>%1 — %2×%3，位于 (%4, %5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, primary</source>
        <translation>，主屏幕</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="-708"/>
        <source>Search lessons, cases, glossary, phrases, notes… (Ctrl+K)</source>
        <translation>搜索课程、案例、术语、话术、笔记…（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sections</source>
        <translation>全部章节</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>打开（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the phrase</source>
        <translation>复制这句话术</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How to search</source>
        <translation>搜索说明</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search the whole course</source>
        <translation>搜索整门课程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons, cases, the glossary, ready phrases, quiz explanations, role-plays, desk checklists and your own notes. Type as you would ask a colleague: Simplified or Traditional Chinese, or an English term.</source>
        <translation>课程、案例、术语表、话术、题目讲解、情景演练、工作台清单和你自己的笔记都能搜到。像问同事一样输入即可：简体、繁体或英文术语都行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try:</source>
        <translation>试试：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K searches from anywhere · ↓ moves to the results · Enter opens · Esc clears the box</source>
        <translation>Ctrl+K 随处搜索 · ↓ 进入结果 · Enter 打开 · Esc 清空搜索框</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preparing the search index (first search only)…</source>
        <translation>正在准备搜索索引（只在第一次搜索时）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 result(s)</source>
        <translation>%1 条结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>没有找到“%1”。试试更少或更短的词。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did you mean: %1?</source>
        <translation>你是不是要找：%1？</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings.py" line="+28"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour scheme</source>
        <translation>配色方案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 繁體中文, the course text is shown in Traditional Chinese.</source>
        <translation>选择“繁體中文”时，课程内容也以繁体显示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Colours:</source>
        <translation>配色(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish or leave the quiz to change the language or colours.</source>
        <translation>完成或退出当前测验后，才能更改语言或配色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff ID</source>
        <translation>工号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work e-mail</source>
        <translation>工作邮箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff ID:</source>
        <translation>工号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;e-mail:</source>
        <translation>工作邮箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only used to name you in the learning records sent to your organisation&apos;s LRS, if it has one.</source>
        <translation>只用于在发往本机构学习记录库的学习记录中标明你的身份（机构配置了记录库时）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A staff ID is letters, digits, dots, dashes and underscores.</source>
        <translation>工号只能由字母、数字、点、短横线和下划线组成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an e-mail address.</source>
        <translation>这不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/shortcuts.py" line="+24"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anywhere</source>
        <translation>任何页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a lesson</source>
        <translation>阅读课程时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous / next lesson</source>
        <translation>上一课 / 下一课</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller / reset text</source>
        <translation>放大 / 缩小 / 还原文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the lesson as learned (again to undo)</source>
        <translation>将本课标记为已学（再按一次撤销）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this lesson: a few questions with feedback</source>
        <translation>本课小测：几道题，答完即看讲解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the section being read</source>
        <translation>为正在阅读的小节加书签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through the links in the text; Enter opens one</source>
        <translation>逐个经过正文中的链接；按 Enter 打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teach the lesson on the projector</source>
        <translation>在投影上讲授本课</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quizzes</source>
        <translation>测验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an answer</source>
        <translation>选择答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit; again for the next question</source>
        <translation>提交；再按一次进入下一题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the quiz</source>
        <translation>结束测验</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role-play</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last reply</source>
        <translation>撤回上一句回复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again</source>
        <translation>重新演练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text for a class, full screen (Esc or F5 returns)</source>
        <translation>课堂大字，全屏显示（按 Esc 或 F5 返回）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Knowledge base</source>
        <translation>知识库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search; ↓ into the results, Enter opens, Esc clears</source>
        <translation>搜索；↓ 进入结果，Enter 打开，Esc 清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a bookmark / bring it back</source>
        <translation>移除书签 / 恢复书签</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Leave (continue later)</source>
        <translation>离开（稍后继续）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written practice</source>
        <translation>书面练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your text against the rubric</source>
        <translation>对照评分要点检查你的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projector and presenter view</source>
        <translation>投影与演讲者视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last slide</source>
        <translation>第一页 / 最后一页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black / white screen</source>
        <translation>黑屏 / 白屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller text</source>
        <translation>放大 / 缩小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to that slide or question</source>
        <translation>跳到该页或该题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the controls on the projected screen</source>
        <translation>在投影画面上显示控制按钮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live quiz: start or pause the countdown / reveal / type the hands</source>
        <translation>课堂现场测验：开始或暂停倒计时 / 公布答案 / 输入举手人数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the show</source>
        <translation>结束放映</translation>
    </message>
</context>
<context>
    <name>StudioEditor</name>
    <message>
        <location filename="../../app/views/studio/editing.py" line="+47"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved with %n problem(s) left: publishing refuses it until they are fixed.</source>
        <translation>已保存，仍有 %n 个问题：修正之前无法发布。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. No problems found.</source>
        <translation>已保存。未发现问题。</translation>
    </message>
    <message>
        <location filename="../../app/views/studio/undo.py" line="+19"/>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>StudioForm</name>
    <message>
        <location filename="../../app/views/studio/fields.py" line="+188"/>
        <source>⚠ %1 (missing)</source>
        <translation>⚠ %1（不存在）</translation>
    </message>
</context>
<context>
    <name>StudioProblems</name>
    <message>
        <location filename="../../app/views/studio/problems.py" line="-116"/>
        <source>the image “%1” has no description (alt text): write what it shows</source>
        <translation>图片“%1”没有说明文字（替代文本）：请写出它显示的内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image “%1” is on the internet: the app is offline</source>
        <translation>图片“%1”在网上：本应用离线运行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image “%1” is not in the assets folder</source>
        <translation>图片“%1”不在素材文件夹中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to the glossary term “%1” leads nowhere</source>
        <translation>指向术语“%1”的链接无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to “%1” names a section the lesson does not have</source>
        <translation>指向“%1”的链接所指的小节不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to the lesson “%1” leads nowhere</source>
        <translation>指向课程“%1”的链接无效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is missing</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field “%1”</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id “%1” is already used</source>
        <translation>编号“%1”已被使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the course section this lesson belongs to</source>
        <translation>请选择这节课所属的课程章节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the related lesson “%1” does not exist</source>
        <translation>相关课程“%1”不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a section of the course</source>
        <translation>“%1”不是课程章节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lesson “%1” does not exist</source>
        <translation>课程“%1”不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the paired case “%1” does not name this case as its pair</source>
        <translation>对照案例“%1”没有把本案例设为它的对照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the paired case “%1” does not exist</source>
        <translation>对照案例“%1”不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a case needs the sections %1</source>
        <translation>案例需要这些小节：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lesson needs at least one “## ” section</source>
        <translation>一节课至少需要一个“## ”小节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“# ” headings are not used: the title is in the form; use “## ” for sections</source>
        <translation>不使用“# ”标题：标题在表单中填写；小节请用“## ”</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="-449"/>
        <source>Course studio</source>
        <translation>课程工作室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s files</source>
        <translation>本机构的文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems in the organisation&apos;s files</source>
        <translation>本机构文件中的问题</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;Word document…</source>
        <translation>导入 Word 文档(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;questions…</source>
        <translation>导入题目(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;aste questions from a spreadsheet</source>
        <translation>从电子表格粘贴题目(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish for all installed copies…</source>
        <translation>发布给所有安装副本(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts (from Word)</source>
        <translation>草稿（来自 Word）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question files</source>
        <translation>题目文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-plays</source>
        <translation>情景演练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary, phrases, synonyms</source>
        <translation>术语、话术、同义词</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the organisation&apos;s files…</source>
        <translation>正在检查本机构的文件…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the layer: %1</source>
        <translation>无法读取机构内容层：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No problems: the layer can be published.</source>
        <translation>没有问题：可以发布。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s): fix them before publishing.</source>
        <translation>
            <numerusform>%n 个问题：发布前请先修正。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer %1, version %2</source>
        <translation>内容层 %1，版本 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No layer yet</source>
        <translation>尚无机构内容层</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation&apos;s own lessons, cases, questions and role-plays live here, over the bundled course.

Pick a file on the left, or start with New… (Ctrl+N), Import a Word document… or Import questions…. When there are no problems, Publish makes one pack that every installed copy installs with File → Install a course pack.</source>
        <translation>本机构自己的课程、案例、题目和情景演练放在这里，叠加在自带课程之上。

从左侧选一个文件，或从“新建…”（Ctrl+N）、“导入 Word 文档…”或“导入题目…”开始。没有问题时，“发布”会生成一个课程包，各安装副本用“文件 → 安装课程包”即可装上。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>保存对 %1 的修改吗？</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make it</source>
        <translation>无法新建</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a Word document</source>
        <translation>导入 Word 文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported as a draft; to check: %1</source>
        <translation>已导入为草稿；待检查：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as a draft lesson.</source>
        <translation>已导入为课程草稿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the pasted rows…</source>
        <translation>正在读取粘贴的行…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import questions</source>
        <translation>导入题目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.csv *.tsv *.txt *.gift *.xml)</source>
        <translation>题目 (*.csv *.tsv *.txt *.gift *.xml)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+16"/>
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 道题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Left out: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not ready to publish</source>
        <translation>还不能发布</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The layer has %n problem(s). They are listed below the editor; fix them, then publish.</source>
        <translation>
            <numerusform>内容层有 %n 个问题，列在编辑器下方；修正后再发布。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="-250"/>
        <source>Import learners&apos; exports…</source>
        <translation>导入学员的导出文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort report (CSV)…</source>
        <translation>群组报告（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort report (PDF)…</source>
        <translation>群组报告（PDF）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from the LRS</source>
        <translation>从学习记录库读取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation&apos;s LRS…</source>
        <translation>机构的 LRS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where installed copies send their learning records</source>
        <translation>各安装副本把学习记录发送到哪里</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import the xAPI files learners export from their copies.</source>
        <translation>导入学员从各自电脑上导出的 xAPI 文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Learner</source>
        <translation>学员</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>Answers</source>
        <translation>答题数</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+154"/>
        <source>Right</source>
        <translation>正确率</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Best exam</source>
        <translation>最好成绩</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+153"/>
        <source>Final</source>
        <translation>结业考试</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+149"/>
        <source>Most missed questions</source>
        <translation>错得最多的题目</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Wrong</source>
        <translation>答错</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No learners in the cohort yet.

1. On each learner&apos;s PC: Progress → My progress → Export for the trainer (xAPI).
2. Here: Import learners&apos; exports… and pick the files (several at once).
With the organisation&apos;s LRS set up, Load from the LRS reads everyone at once.

The table, charts and most-missed questions appear as soon as one learner is in.</source>
        <translation>学员名单还是空的。

1. 在每位学员的电脑上：学习进度 → 我的进度 → 导出给讲师（xAPI）。
2. 在这里：点“导入学员的导出文件…”，选择这些文件（可一次选多个）。
如果机构配置了学习记录库，点“从学习记录库读取”即可一次读入所有学员。

只要有一位学员的记录，名单、图表和错误最多的题目就会显示出来。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+108"/>
        <source>passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Best exam score: learners per band</source>
        <translation>最好考试成绩：各分数段人数</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+87"/>
        <source>Mastery per section (the cohort)</source>
        <translation>各部分掌握度（全体学员）</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import learners&apos; exports</source>
        <translation>导入学员的导出文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xAPI exports (*.json)</source>
        <translation>xAPI 导出文件（*.json）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Importing learners&apos; exports…</source>
        <translation>正在导入学员的导出文件…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The LRS settings were saved.</source>
        <translation>LRS 设置已保存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the LRS…</source>
        <translation>正在读取学习记录库…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 new, %3 already imported</source>
        <translation>%1：新增 %2 条，%3 条已导入过</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 refused (e.g. #%2: %3)</source>
        <translation>；%1 条被拒绝（例如第 %2 条：%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Cohort report</source>
        <translation>群组报告</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Writing the cohort report…</source>
        <translation>正在生成群组报告…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
</context>
<context>
    <name>TryItPanel</name>
    <message>
        <location filename="../../app/views/studio/question_try.py" line="+32"/>
        <source>Try it — as a learner sees it</source>
        <translation>试答——学员看到的样子</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>检查答案（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again (Ctrl+R)</source>
        <translation>重来（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Fix this question&apos;s %n problem(s) to try it.</source>
        <translation>
            <numerusform>请先修正这道题的 %n 个问题，再试答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a question to try.</source>
        <translation>请选择一道题来试答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored. Ctrl+Enter checks the answer.</source>
        <translation>不会保存。按 Ctrl+Enter 检查答案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer: “%1”</source>
        <translation>顾客：“%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose or type an answer first.</source>
        <translation>请先选择或填写答案。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score: %1 %</source>
        <translation>得分：%1%</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <location filename="../../app/views/writing.py" line="+46"/>
        <source>Writing tasks</source>
        <translation>写作任务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written practice</source>
        <translation>书面练习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write, then check your text against the rubric.</source>
        <translation>先动笔写，再对照评分要点逐条检查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Situation and task</source>
        <translation>情境与任务</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Your text</source>
        <translation>你写的内容</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Write here; your text is saved as you go.</source>
        <translation>在这里写；内容会随写随存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check against the rubric (Ctrl+Enter)</source>
        <translation>对照评分要点检查（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the lesson</source>
        <translation>阅读相关课程</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check point by point</source>
        <translation>逐条检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+149"/>
        <source>Show the model answer</source>
        <translation>显示参考答案</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Model answer and common faults</source>
        <translation>参考答案与常见问题</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+151"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+143"/>
        <source>checked: %1 of %2</source>
        <translation>已自查：%1/%2 项达到</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+143"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your task</source>
        <translation>你的任务</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model answer</source>
        <translation>参考答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common faults</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tick each point your text meets: %1 of %2</source>
        <translation>你的文字做到了哪一条，就勾选哪一条：%1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the model answer (you have not written anything yet)</source>
        <translation>显示参考答案（你还没有写任何内容）</translation>
    </message>
</context>
</TS>
