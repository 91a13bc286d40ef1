<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../app/views/classroom/controls.py" line="+160"/>
        <source>◀ Back (←)</source>
        <translation>◀ 上一頁（←）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next (→) ▶</source>
        <translation>下一頁（→）▶</translation>
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
        <translation>結束（Esc）</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../app/views/autosave.py" line="+40"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved</source>
        <translation>已儲存</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../app/views/banner.py" line="+21"/>
        <source>Details…</source>
        <translation>詳細資料…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dismiss</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>關閉訊息</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 content file(s) could not be read and were skipped: %2</source>
        <translation>有 %1 個內容檔案無法讀取，已略過：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some course content has problems (%1). The rest works normally.</source>
        <translation>部分課程內容有問題（共 %1 處），其餘內容可正常使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your progress file was not as this app writes it, so its records were copied into a clean file (%1 damaged record(s) left out). The original was kept at %2.</source>
        <translation>你的學習進度檔案與本程式寫入的格式不符，因此已把其中的紀錄複製到一個新的乾淨檔案中（略過了 %1 筆損壞的紀錄）。原檔案保存在 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your progress file was damaged, so it was restored from the backup of %1. Anything you did after that time is not in it; please check your last lessons. The damaged file was kept at %2.</source>
        <translation>您的學習進度檔案已損毀，已從 %1 的備份還原。此後的學習紀錄不在其中，請檢查最近學過的幾課。損毀的檔案已保留在 %2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your progress file was damaged and no backup could be used, so progress starts afresh. The damaged file was kept at %1.</source>
        <translation>您的學習進度檔案已損毀，且沒有可用的備份，學習進度將從頭開始。損毀的檔案已保留在 %1。</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../app/views/studio/case_editor.py" line="+77"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the case</source>
        <translation>無法開啟這個案例</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A reported public event</source>
        <translation>公開報導的真實事件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Id:</source>
        <translation>編號(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry:</source>
        <translation>行業(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pics (section ids):</source>
        <translation>涉及章節（編號）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lessons (ids):</source>
        <translation>關聯課程（編號）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pai&amp;red case:</source>
        <translation>對照案例(&amp;R)：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Add a discussion question</source>
        <translation>新增討論題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Presenter &amp;notes for the discussion:</source>
        <translation>討論的講者備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Question %1</source>
        <translation>第 %1 題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Add a question</source>
        <translation>新增問題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a question</source>
        <translation>刪除問題</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ %1 (no such case)</source>
        <translation>⚠ %1（沒有這個案例）</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../app/views/cases.py" line="+68"/>
        <source>Industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case library</source>
        <translation>案例庫</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>My notes on this case</source>
        <translation>我對本案例的筆記</translation>
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
        <translation>為本節加書籤（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+179"/>
        <source>Large text for class</source>
        <translation>課堂大字</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)</source>
        <translation>全螢幕大字，供課堂投影；按 Esc 或 F5 返回（Ctrl+Shift+L）</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 個案例</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Back to the normal view (Esc)</source>
        <translation>返回一般檢視（Esc）</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Discuss in class (F5)</source>
        <translation>課堂討論（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discussion questions as slides on the projector</source>
        <translation>把討論題做成幻燈片投到投影上</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>All industries</source>
        <translation>全部行業</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Successes and failures</source>
        <translation>成功與失敗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successes</source>
        <translation>成功案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failures</source>
        <translation>失敗案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sections</source>
        <translation>全部章節</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Compare: the other version →</source>
        <translation>對照：另一種處理 →</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <location filename="../../app/views/desk.py" line="+40"/>
        <source>Checklist</source>
        <translation>清單</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear for the next customer</source>
        <translation>清空，接待下一位</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>When: %1</source>
        <translation>適用：%1</translation>
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
        <translation>課堂大字 — 客訴學堂</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Shown full screen in large text. Press Esc or F5 there, or click below, to come back here.</source>
        <translation>內容正以全螢幕大字顯示。在那裡按 Esc 或 F5，或點選下面的按鈕，即可回到這裡。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back to the normal view</source>
        <translation>返回一般檢視</translation>
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
        <translation>已連接螢幕：%1。要在它上面放映，請在「投影」中選擇。</translation>
    </message>
</context>
<context>
    <name>ControlStrip</name>
    <message>
        <location filename="../../app/views/classroom/controls.py" line="+45"/>
        <source>%1 of %2</source>
        <translation>第 %1 / %2 頁</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move the mouse or press F1 for these controls · S countdown · R reveal · H type the hands</source>
        <translation>移動滑鼠或按 F1 顯示這些按鈕 · S 倒計時 · R 公布答案 · H 輸入舉手人數</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the mouse or press F1 for these controls</source>
        <translation>移動滑鼠或按 F1 顯示這些按鈕</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type the hands for each option · Enter: next option · Esc: done</source>
        <translation>輸入每個選項的舉手人數 · Enter：下一個選項 · Esc：完成</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../app/views/desk.py" line="+90"/>
        <source>Desk reference — 客诉学堂</source>
        <translation>櫃檯速查 — 客訴學堂</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checklists</source>
        <translation>流程清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrases</source>
        <translation>話術</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep on top (Ctrl+T)</source>
        <translation>保持在最前（Ctrl+T）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
</context>
<context>
    <name>EmotionMeter</name>
    <message>
        <location filename="../../app/views/roleplay/meter.py" line="+27"/>
        <source>Customer&apos;s mood:</source>
        <translation>客戶情緒：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>▼ calmer</source>
        <translation>▼ 緩和</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▲ angrier</source>
        <translation>▲ 升級</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s mood: %1</source>
        <translation>客戶情緒：%1</translation>
    </message>
</context>
<context>
    <name>ExamBar</name>
    <message>
        <location filename="../../app/views/exam_bar.py" line="+31"/>
        <source>← Previous</source>
        <translation>← 上一題</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next →</source>
        <translation>下一題 →</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flag for review (Ctrl+M)</source>
        <translation>標記待查 (Ctrl+M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submit all… (Ctrl+Enter)</source>
        <translation>全部交卷… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Question %1</source>
        <translation>第 %1 題</translation>
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
        <translation>已標記</translation>
    </message>
</context>
<context>
    <name>ExamRulesDialog</name>
    <message>
        <location filename="../../app/views/exam_rules.py" line="+102"/>
        <source>Exam rules</source>
        <translation>考試規則</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Exam</source>
        <translation>考試(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Final exam</source>
        <translation>結業考試(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These rules apply to every learner on this installation and replace the course&apos;s. Attempts already made count.</source>
        <translation>這些規則適用於本機上的每位學員，並取代課程自帶的規則。已經進行過的考試次數照樣計入。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Course&apos;s rules</source>
        <translation>課程規則(&amp;C)</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../app/views/file_actions.py" line="+49"/>
        <source>Export the handout</source>
        <translation>匯出講義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presenter notes</source>
        <translation>講師備註</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint Academy</source>
        <translation>客訴學堂</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing the handout…</source>
        <translation>正在產生講義…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout saved to %1</source>
        <translation>講義已儲存到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export this learner</source>
        <translation>匯出這位學員</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Learner files (*.academy-learner)</source>
        <translation>學員檔案（*.academy-learner）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Exporting the learner…</source>
        <translation>正在匯出學員…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved to %2. Import it on the other PC with File → Import a learner.</source>
        <translation>已把 %1 儲存到 %2。在另一臺電腦上用“檔案 → 匯入學員”匯入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import a learner</source>
        <translation>匯入學員</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing the learner…</source>
        <translation>正在匯入學員…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was added. Switch to them with File → Switch learner.</source>
        <translation>已新增 %1。可用“檔案 → 切換學員”切換過去。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n damaged record(s) in the file could not be read and were left out.</source>
        <translation>
            <numerusform>檔案中有 %n 筆損壞的紀錄無法讀取，已略過。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Install a course pack</source>
        <translation>安裝課程包</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checking the pack…</source>
        <translation>正在檢查課程包…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>About Complaint Academy</source>
        <translation>關於客訴學堂</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Installed %1 %2: %3 added, %4 changed, %5 removed (archived).</source>
        <translation>已安裝 %1 %2：新增 %3 項，修改 %4 項，移除 %5 項（已存檔）。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Course packs (*.zip *.pack)</source>
        <translation>課程包 (*.zip *.pack)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Install “%1” (version %2)? The current course is kept in the archive, and learners keep their progress.</source>
        <translation>安裝“%1”（版本 %2）嗎？當前課程會存檔保留，學員的學習進度不受影響。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Installing the course pack…</source>
        <translation>正在安裝課程包…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;h3&gt;客诉学堂 · Complaint Handling Academy&lt;/h3&gt;&lt;p&gt;Version %1 · course version %2&lt;/p&gt;&lt;p&gt;Data folder: %3&lt;/p&gt;&lt;p&gt;Icons: Lucide (ISC licence).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;客訴學堂 · Complaint Handling Academy&lt;/h3&gt;&lt;p&gt;版本 %1 · 課程版本 %2&lt;/p&gt;&lt;p&gt;資料存放位置：%3&lt;/p&gt;&lt;p&gt;圖示：Lucide（ISC 授權）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Portable copy: the data stays beside the program.&lt;/p&gt;</source>
        <translation>&lt;p&gt;便攜版：資料儲存在程式所在的資料夾裡。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the data folder</source>
        <translation>開啟資料資料夾</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../app/views/studio/scenario_findings.py" line="+110"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
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
        <translation>按章節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By pinyin (A–Z)</source>
        <translation>按拼音（A–Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter terms</source>
        <translation>篩選術語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Glossary terms</source>
        <translation>術語</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Definition</source>
        <translation>釋義</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>No term matches “%1”.</source>
        <translation>沒有與「%1」相符的術語。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a term on the left to see its definition, its English name and the lesson that teaches it. Type in the filter to narrow the list (Chinese or English).</source>
        <translation>在左側選一個術語，即可看到它的定義、英文名稱和講授它的課。在篩選框中輸入（中文或英文）可縮小清單。</translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <location filename="../../app/main.py" line="+379"/>
        <source>Loading the course…</source>
        <translation>正在載入課程…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/views/home.py" line="+41"/>
        <source>This course teaches the rules of mainland China. Consumer-protection and financial rules in Taiwan and Hong Kong differ: where you handle complaints, the local rules apply.</source>
        <translation>本課程講授的是中國大陸的規則。台灣與香港的消費者保護及金融規則與此不同：在當地處理投訴時，請以當地規定為準。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Course progress</source>
        <translation>課程進度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Track</source>
        <translation>學習方向</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone takes the common core; a track adds the sections of one line of business. The outline, the certificate and the final exam follow it.</source>
        <translation>所有學員都學通用核心；選擇一個方向，會再加上該行業的章節。課程大綱、結業證書和結業考試都按所選方向來。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Track:</source>
        <translation>學習方向(&amp;T)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course outline</source>
        <translation>課程大綱</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading the course</source>
        <translation>正在載入課程</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Welcome</source>
        <translation>歡迎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the course…</source>
        <translation>正在載入課程…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hello, %1</source>
        <translation>您好，%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 lessons learned</source>
        <translation>共 %2 課，已學完 %1 課</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time studied: %1</source>
        <translation>學習時數：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Continue where you left off: %1</source>
        <translation>繼續上次的進度：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue</source>
        <translation>繼續學習</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start with: %1</source>
        <translation>從這一課開始：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start learning</source>
        <translation>開始學習</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No lessons are available.</source>
        <translation>目前沒有可學習的課程。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>General (common core only)</source>
        <translation>通用（只學核心課程）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../app/views/quiz_import.py" line="+31"/>
        <location line="+59"/>
        <source>Import questions</source>
        <translation>匯入題目</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Reading %1…</source>
        <translation>正在讀取 %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why skipped</source>
        <translation>跳過原因</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n question(s) can be imported into the bank “%1”.</source>
        <translation>
            <numerusform>可以匯入 %n 道題到題庫「%1」。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n item(s) will be skipped (listed below).</source>
        <translation>
            <numerusform>將略過 %n 項（見下表）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding: %1.</source>
        <translation>編碼：%1。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: %1</source>
        <translation>無法匯入此檔案：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Importing questions…</source>
        <translation>正在匯入題目…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Moodle questions (*.gift *.txt *.xml);;All files (*)</source>
        <translation>Moodle 題目 (*.gift *.txt *.xml);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>KnowledgePage</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="+244"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmarks and notes</source>
        <translation>書籤與筆記</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
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
        <translation>電商</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banking</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wealth management</source>
        <translation>財富管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>物流</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telecom</source>
        <translation>電信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hospitality</source>
        <translation>酒店</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturing</source>
        <translation>製造業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet</source>
        <translation>網際網路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automotive</source>
        <translation>汽車</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved, customer kept</source>
        <translation>圓滿解決，客戶留下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved at too high a cost</source>
        <translation>解決了，但代價過高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated to a regulator or online</source>
        <translation>投訴升級（監管或網路）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer lost</source>
        <translation>客戶流失</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Empathy</source>
        <translation>共情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standards and compliance</source>
        <translation>規範與合規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Solving the problem</source>
        <translation>解決問題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost and balance point</source>
        <translation>成本與平衡點</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Calm</source>
        <translation>平靜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Displeased</source>
        <translation>不滿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annoyed</source>
        <translation>生氣</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Angry</source>
        <translation>憤怒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Furious</source>
        <translation>暴怒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary</source>
        <translation>術語表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phrase</source>
        <translation>話術</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk checklist</source>
        <translation>前臺清單</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My note</source>
        <translation>我的筆記</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say</source>
        <translation>建議說</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid</source>
        <translation>避免說</translation>
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
        <translation>又稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read in the lesson: %1</source>
        <translation>到課程中學習：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail</source>
        <translation>郵件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App message</source>
        <translation>應用程式內訊息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public reply to a review</source>
        <translation>公開回覆評價</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apology letter</source>
        <translation>致歉信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint record</source>
        <translation>投訴記錄</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Single choice</source>
        <translation>單選題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multiple choice</source>
        <translation>多選題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>True or false</source>
        <translation>判斷題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordering</source>
        <translation>排序題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matching</source>
        <translation>配對題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short answer</source>
        <translation>填空題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situational</source>
        <translation>情境題</translation>
    </message>
</context>
<context>
    <name>LearnerDashboard</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="+90"/>
        <source>lessons learned</source>
        <translation>已學完的課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time studied</source>
        <translation>學習時長</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days in a row</source>
        <translation>連續學習天數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reviews due today</source>
        <translation>今天待複習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role-plays finished</source>
        <translation>完成的情景演練</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Study this next</source>
        <translation>接下來學這一課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start today&apos;s review</source>
        <translation>開始今天的複習</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Certificate (PDF)…</source>
        <translation>結業證書（PDF）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export my record (CSV)…</source>
        <translation>匯出我的學習記錄（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export for the trainer (xAPI)…</source>
        <translation>匯出給講師（xAPI）…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send my records now</source>
        <translation>立即發送學習記錄</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 h %2 min</source>
        <translation>%1 小時 %2 分</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Weakest topics: %1. Study this next: %2</source>
        <translation>最薄弱的部分：%1。建議接下來學：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer some practice questions to see which topics need work. Study this next: %2</source>
        <translation>先做一些練習題，才能看出哪些主題需要加強。接下來建議學習：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No weak topics in what you have practised. Study this next: %2</source>
        <translation>已練習的主題中沒有薄弱項。接下來建議學習：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Per section: lessons learned and mastery</source>
        <translation>各部分：課程完成度與掌握度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lessons learned</source>
        <translation>課程完成度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exam history</source>
        <translation>考試記錄</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No exams taken yet.</source>
        <translation>還沒有參加過考試。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Certificate earned on %1 with %2% · verification code %3</source>
        <translation>已於 %1 以 %2 分獲得結業證書 · 驗證碼 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lesson(s) to learn</source>
        <translation>還有 %1 課要學完</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the final exam to pass</source>
        <translation>要通過結業考試</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate: %1.</source>
        <translation>結業證書：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation>，並且</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Records for the organisation&apos;s LRS (%1): %2 waiting.</source>
        <translation>機構學習記錄庫（%1）：%2 條待發送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last attempt %1: %2</source>
        <translation>上次嘗試 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last sent %1.</source>
        <translation>上次發送：%1。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Records sent: %1; waiting: %2.</source>
        <translation>已發送 %1 條記錄，%2 條待發送。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending records…</source>
        <translation>正在發送學習記錄…</translation>
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
        <translation>匯出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting…</source>
        <translation>正在匯出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+7"/>
        <source>Certificate</source>
        <translation>結業證書</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF（*.pdf）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Writing the certificate…</source>
        <translation>正在產生證書…</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <location filename="../../app/views/studio/lesson_editor.py" line="+97"/>
        <source>Lesson text (Markdown)</source>
        <translation>課文（Markdown）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Typing</source>
        <translation>輸入</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Slides</source>
        <translation>幻燈片</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Presenter notes</source>
        <translation>講師備註</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No presenter notes: write them after a line “???” in the section.</source>
        <translation>沒有講者備註：在該節中單獨一行「???」之後書寫。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Presenter &amp;notes:</source>
        <translation>講者備註(&amp;N)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Details</source>
        <translation>詳細資料</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bold</source>
        <translation>粗體</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>清單</translation>
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
        <translation>圖片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the course section this lesson belongs to.</source>
        <translation>請選擇這節課所屬的課程章節。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the lesson</source>
        <translation>無法開啟這節課</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>(no notes)</source>
        <translation>（無備註）</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Choose an image</source>
        <translation>選擇圖片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.svg *.bmp *.webp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.svg *.bmp *.webp)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot add the image: %1</source>
        <translation>無法新增圖片：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the image</source>
        <translation>描述這張圖片</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What does the image show? (Read aloud to learners who cannot see it.)</source>
        <translation>圖片顯示了什麼？（會讀給看不到圖片的學員聽。）</translation>
    </message>
</context>
<context>
    <name>LessonForm</name>
    <message>
        <location filename="../../app/views/studio/lesson_form.py" line="+98"/>
        <source>&amp;Id:</source>
        <translation>編號(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>章節(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order in the section:</source>
        <translation>章內順序(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Minutes:</source>
        <translation>分鐘(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;bjectives (one a line):</source>
        <translation>學習目標（每行一條）(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key terms (separated by commas):</source>
        <translation>關鍵詞（用逗號分隔）(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Related lessons (ids):</source>
        <translation>相關課程（編號）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fixed once saved: learners&apos; progress keeps it</source>
        <translation>儲存後不可更改：學員的學習紀錄以它為準</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Choose a section…</source>
        <translation>選擇章節…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 (not a section)</source>
        <translation>⚠ %1（不是課程章節）</translation>
    </message>
</context>
<context>
    <name>LessonReader</name>
    <message>
        <location filename="../../app/views/reader.py" line="+122"/>
        <source>Previous lesson (Alt+Left)</source>
        <translation>上一課（Alt+←）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next lesson (Alt+Right)</source>
        <translation>下一課（Alt+→）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Smaller text (Ctrl+−)</source>
        <translation>縮小文字（Ctrl+−）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Larger text (Ctrl++)</source>
        <translation>放大文字（Ctrl++）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>5–10 questions on this lesson, with feedback (Ctrl+L)</source>
        <translation>本課 5–10 道題，答完即看講解（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>Mark this lesson as learned (Ctrl+M)</source>
        <translation>將本課標記為已學（Ctrl+M）</translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Check this lesson</source>
        <translation>本課小測</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+291"/>
        <source>Bookmark this section (Ctrl+D)</source>
        <translation>為本節加書籤（Ctrl+D）</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>Teach (F5)</source>
        <translation>授課（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Present this lesson: slides on the projector, notes on this screen</source>
        <translation>講授本課：幻燈片投到投影上，講師備註留在本屏</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lesson text</source>
        <translation>課程內文</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Sections of this lesson</source>
        <translation>本課章節</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In this lesson</source>
        <translation>本課內容</translation>
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
        <translation>學習目標</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about {n} min</source>
        <translation>約 {n} 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key terms</source>
        <translation>關鍵術語</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the answers (try first)</source>
        <translation>先自己想一想，再點此查看參考答案</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Bookmarked</source>
        <translation>已加書籤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bookmark removed</source>
        <translation>書籤已取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>撤銷（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bookmark restored</source>
        <translation>書籤已恢復</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This section is bookmarked; click to remove (Ctrl+D)</source>
        <translation>本節已加書籤；點擊取消（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Learned</source>
        <translation>已學完</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark as learned</source>
        <translation>標記為已學</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learned; click to mark as not learned (Ctrl+M)</source>
        <translation>已學；點擊改回未學（Ctrl+M）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Taught in: %1</source>
        <translation>講授於：%1</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Alt+↓ / Alt+↑ go through the links in the text; Enter opens one.</source>
        <translation>按 Alt+↓ / Alt+↑ 逐一選取正文中的連結，按 Enter 開啟。</translation>
    </message>
</context>
<context>
    <name>LiveQuizShow</name>
    <message>
        <location filename="../../app/views/classroom/shows.py" line="+217"/>
        <source>asking, countdown not started</source>
        <translation>提問中，倒計時未開始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countdown %1</source>
        <translation>倒計時 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>countdown paused at %1</source>
        <translation>倒計時暫停於 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer shown</source>
        <translation>已公布答案</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 題，共 %2 題</translation>
    </message>
</context>
<context>
    <name>LrsSettingsDialog</name>
    <message>
        <location filename="../../app/views/lrs_settings.py" line="+28"/>
        <source>Organisation&apos;s LRS</source>
        <translation>機構的學習記錄庫（LRS）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staff ID</source>
        <translation>工號</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work e-mail</source>
        <translation>工作郵箱</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LRS address</source>
        <translation>LRS 位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or user name</source>
        <translation>金鑰或使用者名稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret or password</source>
        <translation>金鑰口令或密碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff directory address</source>
        <translation>員工目錄位址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name learners by</source>
        <translation>學員標識方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LRS &amp;address:</source>
        <translation>LRS 位址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key or user name:</source>
        <translation>金鑰或使用者名稱(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret or password:</source>
        <translation>金鑰口令或密碼(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff &amp;directory address:</source>
        <translation>員工目錄位址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name learners by:</source>
        <translation>學員標識方式(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The password is kept in this computer&apos;s keyring, not in a file.</source>
        <translation>密碼保存在本機的系統金鑰圈中，不寫入檔案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer has no system keyring: the password is kept in organisation.json in the data folder, readable only by your account.</source>
        <translation>本機沒有系統金鑰圈：密碼保存在資料夾的 organisation.json 中，只有您的帳戶可以讀取。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These settings come from the installation&apos;s organisation.json. Saving writes a copy in the data folder, which is used instead.</source>
        <translation>目前設定來自安裝目錄中的 organisation.json。儲存後會在資料夾寫入一份副本，並以該副本為準。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Test connection</source>
        <translation>測試連線(&amp;T)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Asking the LRS…</source>
        <translation>正在連線 LRS…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The LRS answered and accepted the key.</source>
        <translation>LRS 已回應，並接受了該金鑰。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The LRS refused this key and secret (%1).</source>
        <translation>LRS 拒絕了該金鑰和口令（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The LRS address must start with http:// or https://.</source>
        <translation>LRS 位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The LRS did not answer as expected: %1</source>
        <translation>LRS 未按預期回應：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The staff directory address must start with http:// or https://.</source>
        <translation>員工目錄位址必須以 http:// 或 https:// 開頭。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/views/main_window.py" line="+60"/>
        <location line="+14"/>
        <location line="+476"/>
        <source>Complaint Academy</source>
        <translation>客訴學堂</translation>
    </message>
    <message>
        <location line="-454"/>
        <source>Home</source>
        <translation>首頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quizzes</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Knowledge</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>學習進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing</source>
        <translation>寫作</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Switch learner (Ctrl+Shift+P)</source>
        <translation>切換學員（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings (Ctrl+,)</source>
        <translation>設定（Ctrl+,）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading the course…</source>
        <translation>正在載入課程…</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Switch &amp;learner…</source>
        <translation>切換學員(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the lesson &amp;handout (PDF)…</source>
        <translation>匯出本課講義（PDF）(&amp;H)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export this learner (to move to another PC)…</source>
        <translation>匯出這位學員（搬到另一臺電腦）(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import a learner…</source>
        <translation>匯入學員(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install a course &amp;pack…</source>
        <translation>安裝課程包(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Course &amp;studio…</source>
        <translation>課程工作室(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Home</source>
        <translation>首頁(&amp;H)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quizzes</source>
        <translation>測驗(&amp;Q)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cases</source>
        <translation>案例(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role-play</source>
        <translation>情景演練(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Knowledge base</source>
        <translation>知識庫(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Progress</source>
        <translation>學習進度(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Written practice</source>
        <translation>寫作練習(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search…</source>
        <translation>搜尋(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desk reference (stays on top)</source>
        <translation>櫃檯速查（保持在最前）(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smaller text</source>
        <translation>縮小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset text size</source>
        <translation>重設文字大小</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full screen</source>
        <translation>全螢幕(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the &amp;data folder</source>
        <translation>開啟資料存放位置(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the &amp;log folder</source>
        <translation>開啟記錄檔資料夾(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Complaint Academy</source>
        <translation>關於客訴學堂(&amp;A)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Course studio</source>
        <translation>課程工作室</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the trainer edits the organisation&apos;s own lessons, cases, questions and role-plays. A profile with a PIN becomes the trainer in File → Switch learner → Make trainer.</source>
        <translation>只有講師可以編輯本機構自己的課程、案例、題目和情境演練。設有 PIN 的學員檔案可在「檔案 → 切換學員 → 設為講師」中成為講師。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Progress restored</source>
        <translation>學習進度已還原</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="-103"/>
        <source>This profile&apos;s progress cannot be opened or saved right now (%1). Nothing was changed. Check that the disk has free space and that the folder can be written, then open the profile again.

File: %2</source>
        <translation>此學員的學習進度現在無法開啟或儲存（%1）。沒有做任何變更。請檢查磁碟是否還有空間、資料夾是否可寫入，然後再開啟此學員檔案。

檔案：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This profile&apos;s progress was saved by a newer version of 客诉学堂 and cannot be opened by this one. Nothing was changed.

File: %1</source>
        <translation>此學員檔案的學習進度是由較新版本的客訴學堂儲存，目前的版本無法開啟。未做任何變更。

檔案：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The profile could not be opened: %1

Details are in the log folder: %2</source>
        <translation>無法開啟學員檔案：%1

詳細資料請見記錄檔資料夾：%2</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="+430"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question file</source>
        <translation>題目檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-play</source>
        <translation>情景演練</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lowercase letters, digits and -, e.g. card-fees</source>
        <translation>小寫字母、數字和 -，例如 card-fees</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Kind:</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Id:</source>
        <translation>編號(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Section:</source>
        <translation>章節(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>NoteBox</name>
    <message>
        <location filename="../../app/views/notes.py" line="+20"/>
        <location line="+3"/>
        <source>My note on this section</source>
        <translation>我對本節的筆記</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Type a note; it is saved as you go.</source>
        <translation>在這裡寫筆記，會自動儲存。</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="-224"/>
        <location line="+40"/>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No bookmarks yet. While reading a lesson or a case, press Ctrl+D (or the bookmark button) to bookmark the section you are on.</source>
        <translation>還沒有書籤。閱讀課程或案例時，按 Ctrl+D（或點書籤按鈕）即可為目前這一節加書籤。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No notes yet. Write in the box “My note on this section” beside a lesson or a case; it is saved as you type.</source>
        <translation>還沒有筆記。在課程或案例旁的「我對本節的筆記」框中書寫，輸入時會自動儲存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+99"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Remove bookmark (Del)</source>
        <translation>取消書籤（Del）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Delete note</source>
        <translation>刪除筆記</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Undo delete (Ctrl+Z)</source>
        <translation>撤銷刪除（Ctrl+Z）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export notes as Markdown…</source>
        <translation>把筆記匯出為 Markdown…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>My notes</source>
        <translation>我的筆記</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove bookmark</source>
        <translation>取消書籤</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Bookmark removed. Undo with Ctrl+Z.</source>
        <translation>書籤已取消。按 Ctrl+Z 可撤銷。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note deleted. Undo with Ctrl+Z.</source>
        <translation>筆記已刪除。按 Ctrl+Z 可撤銷。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bookmark restored.</source>
        <translation>書籤已恢復。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note restored.</source>
        <translation>筆記已恢復。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That section has a newer note, so the deleted one was not restored.</source>
        <translation>這一節已經有了新筆記，所以沒有恢復刪除的那條。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export notes</source>
        <translation>匯出筆記</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown（*.md）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporting notes…</source>
        <translation>正在匯出筆記…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes exported to %1</source>
        <translation>筆記已匯出到 %1</translation>
    </message>
</context>
<context>
    <name>OutlineTree</name>
    <message>
        <location filename="../../app/views/outline.py" line="+29"/>
        <source>Course outline</source>
        <translation>課程大綱</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 of %2 lessons learned</source>
        <translation>共 %2 課，已學完 %1 課</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>learned</source>
        <translation>已學完</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>started</source>
        <translation>已開始</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>未開始</translation>
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
        <translation>複製</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the suggested words to the clipboard</source>
        <translation>把建議說法複製到剪貼簿</translation>
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
        <translation>從 %1 開始演練</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rehearsal from node %1 — not stored. Keys 1–4 reply, Ctrl+Z takes back.</source>
        <translation>從節點 %1 開始的演練——不儲存。按 1–4 回應，Ctrl+Z 撤回。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reply %1 leads to “%2”, which does not exist yet.</source>
        <translation>回應 %1 通向「%2」，但它還不存在。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rehearsal in the editor — not stored.</source>
        <translation>編輯器中的演練——不儲存。</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <location filename="../../app/views/classroom/windows.py" line="+210"/>
        <source>Presenter view — 客诉学堂</source>
        <translation>講師檢視 — 客訴學堂</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Presenter notes</source>
        <translation>講師備註</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+= / Ctrl+− or Ctrl+wheel: notes text size</source>
        <translation>Ctrl+= / Ctrl+− 或 Ctrl+滾輪：調整備註字級</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Slides</source>
        <translation>幻燈片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Projector screen</source>
        <translation>投影螢幕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identify screens</source>
        <translation>識別螢幕</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Projector:</source>
        <translation>投影：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Now on the projector</source>
        <translation>投影上正在顯示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>筆記</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next</source>
        <translation>下一頁</translation>
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
        <translation>第 %1 / %2 頁</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../app/views/studio/problems.py" line="+130"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
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
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is too long (40 characters at most).</source>
        <translation>姓名過長（最多 40 個字元）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A profile with this name already exists.</source>
        <translation>已有同名的學員檔案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A PIN is exactly 4 digits.</source>
        <translation>PIN 碼必須是 4 位數字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This profile no longer exists.</source>
        <translation>此學員檔案已不存在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This profile has already been restored.</source>
        <translation>此學員檔案已還原。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the trainer can do this (after entering the trainer&apos;s PIN).</source>
        <translation>只有講師（輸入講師的 PIN 碼後）才能這樣做。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainer&apos;s profile needs a PIN: set one first with “PIN…”.</source>
        <translation>講師的檔案必須設有 PIN 碼：請先用「PIN 碼…」設定。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Who is learning today?</source>
        <translation>今天誰來學習？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Learner profiles</source>
        <translation>學員檔案</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open</source>
        <translation>開啟(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New profile…</source>
        <translation>新增學員檔案(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename…</source>
        <translation>重新命名(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;PIN…</source>
        <translation>PIN 碼(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete…</source>
        <translation>刪除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trainer…</source>
        <translation>講師(&amp;T)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 · Trainer</source>
        <translation>%1 · 講師</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The trainer: sets the exam rules and sees the cohort (PIN).</source>
        <translation>講師：設定考試規則，檢視學員群組（有 PIN 碼保護）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Protected by a PIN</source>
        <translation>受 PIN 碼保護</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No profiles yet — create one with “New profile…”.</source>
        <translation>還沒有學員檔案。請按「新增學員檔案…」建立一個。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+6"/>
        <source>Make &amp;trainer…</source>
        <translation>設為講師(&amp;T)…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The trainer sets the exam rules and sees the cohort. It needs a PIN.</source>
        <translation>講師設定考試規則並檢視學員群組。講師檔案必須設有 PIN 碼。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give up &amp;trainer role…</source>
        <translation>卸任講師(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After this, no profile is the trainer until one takes the role.</source>
        <translation>卸任後，在有檔案接任之前，本機沒有講師。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the trainer role to this profile (the trainer&apos;s PIN is needed).</source>
        <translation>把講師身份交給這個檔案（需要講師的 PIN 碼）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PIN</source>
        <translation>PIN 碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN for %1:</source>
        <translation>%1 的 PIN 碼：</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+219"/>
        <source>That PIN is not right.</source>
        <translation>PIN 碼不正確。</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Who is learning?</source>
        <translation>選擇學員</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Make “%1” the trainer of this installation? The trainer sets the exam rules and sees the cohort; after this, only the trainer can hand the role on.</source>
        <translation>把「%1」設為本機的講師嗎？講師設定考試規則並檢視學員群組；此後只有講師本人才能把這個身份交給別人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” gives up the trainer role? Until a profile takes it again, nobody can change the exam rules.</source>
        <translation>「%1」要卸任講師嗎？在有檔案接任之前，誰都不能修改考試規則。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hand the trainer role from “%1” to “%2”? The trainer&apos;s PIN is needed.</source>
        <translation>把講師身份從「%1」交給「%2」嗎？需要講師的 PIN 碼。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trainer</source>
        <translation>講師</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New profile</source>
        <translation>新增學員檔案</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rename profile</source>
        <translation>重新命名學員檔案</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set or remove PIN</source>
        <translation>設定或移除 PIN 碼</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Delete profile</source>
        <translation>刪除學員檔案</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete the profile “%1” and its progress?

A copy is kept in the “deleted-profiles” folder of the data directory, and you can undo this until you close this window.</source>
        <translation>要刪除學員檔案「%1」及其學習進度嗎？

資料存放位置中的「deleted-profiles」資料夾會保留一份副本；在關閉此視窗前，您都可以復原刪除。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleted “%1”.</source>
        <translation>已刪除「%1」。</translation>
    </message>
    <message>
        <location filename="../../app/main.py" line="+144"/>
        <source>The list of profiles was damaged; its previous copy was used. A profile created just before may be missing from the list; its progress folder is kept.</source>
        <translation>學員檔案清單已損壞，已改用它的上一份副本。剛剛新增的學員檔案可能不在清單中，但其學習進度資料夾仍然保留。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The list of profiles was damaged and has been rebuilt from the progress folders. Names were lost: please rename the profiles. No progress was lost.</source>
        <translation>學員檔案清單已損壞，已根據學習進度資料夾重新建立。姓名已遺失，請重新命名各學員檔案。學習進度沒有遺失。</translation>
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
        <translation>PIN 碼（選填）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat PIN</source>
        <translation>再次輸入 PIN 碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PIN (optional, 4 digits):</source>
        <translation>PIN 碼（選填，4 位）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat PIN:</source>
        <translation>確認 PIN 碼(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN stops colleagues opening your profile by mistake.</source>
        <translation>設定 PIN 碼可避免同事誤開您的學員檔案。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The two PINs differ.</source>
        <translation>兩次輸入的 PIN 碼不一致。</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="+282"/>
        <source>My progress</source>
        <translation>我的進度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainer: cohort</source>
        <translation>講師：學員群組</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>學習進度</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../app/views/classroom/windows.py" line="-203"/>
        <source>Projector — 客诉学堂</source>
        <translation>投影 — 客訴學堂</translation>
    </message>
</context>
<context>
    <name>PublishDialog</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="+21"/>
        <source>Publish for all installed copies</source>
        <translation>發佈給所有安裝副本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed, for the people who install it</source>
        <translation>這一版改了什麼（給安裝的人看）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current version:</source>
        <translation>目前版本：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New version:</source>
        <translation>新版本(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change note:</source>
        <translation>變更說明(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>選擇(&amp;H)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save the pack as:</source>
        <translation>課程包儲存為(&amp;S)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Publish</source>
        <translation>發佈(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the pack as</source>
        <translation>課程包儲存為</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packs (*.pack)</source>
        <translation>課程包 (*.pack)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Published %1 version %2 as %3. Every installed copy installs it with File → Install a course pack; learners keep their progress on unchanged items.</source>
        <translation>已發佈 %1 版本 %2：%3。各安裝副本用「檔案 → 安裝課程包」安裝；學員在未改動內容上的進度會保留。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not published: %1</source>
        <translation>未發佈：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking and building the pack…</source>
        <translation>正在檢查並產生課程包…</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../app/views/studio/question_editor.py" line="+58"/>
        <source>id</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>type</source>
        <translation>題型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>difficulty</source>
        <translation>難度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>question</source>
        <translation>題幹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer</source>
        <translation>顧客的話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>option</source>
        <translation>選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>item</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pair</source>
        <translation>配對</translation>
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
        <translation>回饋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>正確</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>左側</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Questions</source>
        <translation>題目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions</source>
        <translation>題目(&amp;Q)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+1"/>
        <source>Type of a new question</source>
        <translation>新題目的題型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add (Ctrl+N)</source>
        <translation>新增（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate (Ctrl+D)</source>
        <translation>複製（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>試答（F5）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot open the quiz file</source>
        <translation>無法開啟該題庫檔案</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Add question</source>
        <translation>新增題目</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Duplicate question</source>
        <translation>複製題目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete question</source>
        <translation>刪除題目</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Move question</source>
        <translation>移動題目</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change type</source>
        <translation>變更題型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Right option</source>
        <translation>正確選項</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>has problems</source>
        <translation>有問題</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The file: %1</source>
        <translation>檔案：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a question to try.</source>
        <translation>請選擇一道題來試答。</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuestionForm</name>
    <message>
        <location filename="../../app/views/studio/question_form.py" line="+78"/>
        <source>Add a question (Ctrl+N) or choose one in the list.</source>
        <translation>新增一道題（Ctrl+N），或在清單中選擇一道。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type(&amp;T):</source>
        <translation>題型(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Id(&amp;I):</source>
        <translation>識別碼(&amp;I)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Section(&amp;E):</source>
        <translation>章節(&amp;E)：</translation>
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
        <translation>3 · 困難</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difficulty(&amp;D):</source>
        <translation>難度(&amp;D)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson(&amp;L):</source>
        <translation>課程(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question(&amp;Q):</source>
        <translation>題幹(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer says(&amp;C):</source>
        <translation>顧客說(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>False</source>
        <translation>錯</translation>
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
        <translation>選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items, in the right order</source>
        <translation>項目（依正確順序）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs (left · right)</source>
        <translation>配對（左 · 右）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted answers</source>
        <translation>可接受的答案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add option</source>
        <translation>新增選項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add item</source>
        <translation>新增項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add pair</source>
        <translation>新增配對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add answer</source>
        <translation>新增答案</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option %1</source>
        <translation>選項 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right</source>
        <translation>正確率</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share of the marks for ticking this option</source>
        <translation>勾選此項所得的分數比例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Feedback on this option</source>
        <translation>對此選項的回饋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback %1</source>
        <translation>回饋 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Left %1</source>
        <translation>左側 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right %1</source>
        <translation>右側 %1</translation>
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
        <translation>舉手人數（H）：</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Hands for option %1</source>
        <translation>選 %1 的舉手人數</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pause the countdown (S)</source>
        <translation>暫停倒計時（S）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start the countdown (S)</source>
        <translation>開始倒計時（S）</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <location filename="../../app/views/quiz.py" line="+102"/>
        <source>Quizzes and review</source>
        <translation>測驗與複習</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start today&apos;s review</source>
        <translation>開始今日複習</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practise this topic</source>
        <translation>練習本章</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the final exam</source>
        <translation>參加結業考試</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due today</source>
        <translation>今日待複習</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+135"/>
        <location line="+251"/>
        <source>Exam</source>
        <translation>考試</translation>
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
        <translation>結果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Review:</source>
        <translation>複習：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Live quiz for a class</source>
        <translation>課堂現場測驗</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+98"/>
        <source>10 questions on the projector, a countdown, hands counted per option</source>
        <translation>投影上出 10 道題，倒計時作答，按選項統計舉手人數</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Practice:</source>
        <translation>練習：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exam:</source>
        <translation>考試：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Final:</source>
        <translation>結業：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported question banks</source>
        <translation>匯入的題庫</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise</source>
        <translation>練習</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from Moodle…</source>
        <translation>從 Moodle 匯入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported:</source>
        <translation>匯入題庫：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to review: questions you miss come back here.</source>
        <translation>暫無需要複習的題目：答錯的題會回到這裡。</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+252"/>
        <source>Final exam</source>
        <translation>結業考試</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+546"/>
        <source>passed</source>
        <translation>通過</translation>
    </message>
    <message>
        <location line="-544"/>
        <location line="+544"/>
        <source>not passed</source>
        <translation>未通過</translation>
    </message>
    <message>
        <location line="-494"/>
        <source>Remove bank</source>
        <translation>移除題庫</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Remove the imported bank “%1”? Answers already given stay in your history.</source>
        <translation>移除匯入的題庫「%1」嗎？已作答的紀錄會保留。</translation>
    </message>
    <message>
        <location line="-213"/>
        <source>Start an exam</source>
        <translation>開始考試</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exam rules…</source>
        <translation>考試規則…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the exams&apos; rules for this installation (trainer)</source>
        <translation>設定本機的考試規則（講師）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No exams taken yet. Each exam you take is listed here with its score.</source>
        <translation>還沒有參加過考試。每次考試都會連同成績列在這裡。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No imported question banks yet</source>
        <translation>還沒有匯入的題庫</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>今天有 %n 道題待複習</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done for today. Next review on %1: %n question(s).</source>
        <translation>
            <numerusform>今天的複習已完成。下次複習：%1，共 %n 題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing due today. The questions you missed come back here on their day; practise a topic meanwhile.</source>
        <translation>今天沒有要複習的題。答錯的題會在安排的日子回到這裡；這期間可以先練習某個章節。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing to review yet. Questions you miss in practice come back here on a schedule until you know them.</source>
        <translation>暫時沒有需要複習的題。練習中答錯的題會按計畫回到這裡，直到你掌握為止。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This course has no questions to practise yet.</source>
        <translation>本課程還沒有可以練習的題目。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (damaged)</source>
        <translation>%1（已損壞）</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 (%n question(s))</source>
        <translation>
            <numerusform>%1（%n 題）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import a question bank first (Import from Moodle…).</source>
        <translation>請先匯入題庫（從 Moodle 匯入…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practise the questions of the chosen bank</source>
        <translation>練習所選題庫中的題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen bank</source>
        <translation>移除所選題庫</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Question bank damaged</source>
        <translation>題庫已損壞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This question bank cannot be read: %1

Remove it and import the file again.</source>
        <translation>無法讀取這個題庫：%1

請刪除它，然後重新匯入原檔案。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 per section</source>
        <translation>每章 %1 題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pass mark %1%</source>
        <translation>及格線 %1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts: unlimited</source>
        <translation>考試次數：不限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempts left: %1 of %2</source>
        <translation>剩餘次數：%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sections: %1</source>
        <translation>章節：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The common core and your track (%1). Counts towards the certificate.</source>
        <translation>通用核心和你所選的方向（%1）。計入結業證書。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>general</source>
        <translation>通用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every section. Counts towards the certificate.</source>
        <translation>涵蓋所有章節，成績計入結業證書。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No attempts left</source>
        <translation>沒有剩餘次數</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have used every attempt the trainer allows for this exam.</source>
        <translation>講師為這項考試規定的次數你已經用完了。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>How did it feel?</source>
        <translation>這題感覺如何？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard</source>
        <translation>困難</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Easy</source>
        <translation>簡單</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key %1</source>
        <translation>按鍵 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit (Enter)</source>
        <translation>提交（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next (→)</source>
        <translation>下一題（→）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <location line="+235"/>
        <source>End</source>
        <translation>結束</translation>
    </message>
    <message>
        <location line="+97"/>
        <location line="+19"/>
        <location line="+38"/>
        <source>True</source>
        <translation>對</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+20"/>
        <location line="+38"/>
        <source>False</source>
        <translation>錯</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Put these in order: drag them, or select one and press Alt+↑ / Alt+↓.</source>
        <translation>請排序：拖動各項，或選中一項後按 Alt+↑ / Alt+↓。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— choose —</source>
        <translation>— 請選擇 —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type your answer</source>
        <translation>輸入你的答案</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 題，共 %2 題</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer: “%1”</source>
        <translation>顧客：「%1」</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submit all…</source>
        <translation>全部交卷…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lesson check</source>
        <translation>本課小測</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practice</source>
        <translation>專項練習</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s review</source>
        <translation>今日複習</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose or type an answer first.</source>
        <translation>請先選擇或填寫答案。</translation>
    </message>
    <message>
        <location line="+344"/>
        <source>Correct</source>
        <translation>答對了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not quite</source>
        <translation>還不對</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Answer: %1</source>
        <translation>正確答案：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Read: %1</source>
        <translation>複習課程：%1</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Submit all your answers? You cannot change them afterwards.</source>
        <translation>確定交卷嗎？交卷後不能再修改答案。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanswered: %1</source>
        <translation>未作答：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flagged for review: %1</source>
        <translation>已標記待查：%1</translation>
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
        <translation>繼續作答</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Start the exam (Enter)</source>
        <translation>開始考試 (Enter)</translation>
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
            <numerusform>共 %n 題。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+76"/>
        <source>End now? You answered %1 of %n question(s); only those count.</source>
        <translation>
            <numerusform>現在結束嗎？你答了 %n 題中的 %1 題，只統計已答的題目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Less than %n minute(s) left</source>
        <translation>
            <numerusform>剩餘不到 %n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Time: %1 minutes, counted from when you start.</source>
        <translation>限時 %1 分鐘，從你點擊開始時計時。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No time limit.</source>
        <translation>不限時。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark: %1%.</source>
        <translation>及格線：%1%。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move between the questions freely (← / →, or the question map), flag any to come back to (Ctrl+M), and change your answers until you submit the whole attempt (Ctrl+Enter).</source>
        <translation>可以在題目之間自由切換（← / →，或點題號），把想回頭再看的題標記出來（Ctrl+M）；在整份試卷交卷（Ctrl+Enter）之前，答案都可以修改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the time runs out, the answers given so far are submitted; questions left blank count as unanswered.</source>
        <translation>時間到時，已作答的答案會自動交卷；留空的題目記為未作答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The results and every question with its right answer are shown after.</source>
        <translation>交卷後會顯示成績，以及每道題和它的正確答案。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The final exam counts towards the certificate.</source>
        <translation>結業考試的成績計入結業證書。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Attempts: as many as you like.</source>
        <translation>考試次數：不限。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This attempt counts once you start; attempts left after it: %1. Going back now (Esc) does not use it.</source>
        <translation>點擊開始後，本次考試計入次數；之後還剩 %1 次。現在返回（Esc）不佔用次數。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Go on</source>
        <translation>繼續</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time left %1</source>
        <translation>剩餘 %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Every question with your answer</source>
        <translation>每道題及你的答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to quizzes (Esc)</source>
        <translation>返回測驗（Esc）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of %2 right, score %3</source>
        <translation>答對 %1 / %2 題，得分 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 unanswered</source>
        <translation>%1 題未作答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered %1 of %2</source>
        <translation>共 %2 題，已答 %1 題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answered %1, %2 right, score %3</source>
        <translation>已答 %1 題，答對 %2 題，得分 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>time ran out</source>
        <translation>時間已到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered right</source>
        <translation>答對</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong</source>
        <translation>答錯</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time ran out: unanswered</source>
        <translation>時間到，未作答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your answer:</source>
        <translation>你的答案：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right answer:</source>
        <translation>正確答案：</translation>
    </message>
</context>
<context>
    <name>ReferenceTableEditor</name>
    <message>
        <location filename="../../app/views/studio/reference_tables.py" line="+164"/>
        <source>Search (Ctrl+F)</source>
        <translation>搜尋（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rows</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Problems found</source>
        <translation>發現的問題</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add row (Ctrl+N)</source>
        <translation>新增列（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete rows (Del)</source>
        <translation>刪除列（Del）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add row</source>
        <translation>新增列</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete rows</source>
        <translation>刪除列</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No problems</source>
        <translation>沒有問題</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 列</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 rows match</source>
        <translation>%2 列中有 %1 列符合</translation>
    </message>
</context>
<context>
    <name>ReferenceTables</name>
    <message>
        <location line="-313"/>
        <source>Id</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Term</source>
        <translation>術語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Definition</source>
        <translation>釋義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also called</source>
        <translation>又稱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>分組</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group title</source>
        <translation>分組標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situation</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say</source>
        <translation>建議說</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avoid</source>
        <translation>避免說</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (separated by commas)</source>
        <translation>詞語（以逗號分隔）</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Cannot open the file</source>
        <translation>無法開啟該檔案</translation>
    </message>
</context>
<context>
    <name>RolePlayPage</name>
    <message>
        <location filename="../../app/views/roleplay/page.py" line="+80"/>
        <location line="+159"/>
        <source>Large text for class</source>
        <translation>課堂大字</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Full screen in large text for a class; Esc or F5 returns (Ctrl+Shift+L)</source>
        <translation>全螢幕大字，供課堂投影；按 Esc 或 F5 返回（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Back to the normal view (Esc)</source>
        <translation>返回一般檢視（Esc）</translation>
    </message>
</context>
<context>
    <name>RuleForm</name>
    <message>
        <location filename="../../app/views/exam_rules.py" line="-95"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Questions per section:</source>
        <translation>每章題數(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>時間(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass mark:</source>
        <translation>及格線(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attempts per learner:</source>
        <translation>每位學員的次數(&amp;A)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sections the exam draws from</source>
        <translation>考試出題的章節</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Sections (none ticked: the core and each learner&apos;s track):</source>
        <translation>章節(&amp;S)（都不勾選：通用核心加每位學員自己的方向）：</translation>
    </message>
</context>
<context>
    <name>ScenarioChooser</name>
    <message>
        <location filename="../../app/views/roleplay/chooser.py" line="+48"/>
        <source>Scenarios</source>
        <translation>演練情景</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Role-play</source>
        <translation>情景演練</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Talk an upset customer through a complaint. Each reply changes the customer&apos;s mood; the debrief shows which principles you followed.</source>
        <translation>陪一位正在氣頭上的客戶把投訴處理完。你的每句回應都會改變客戶的情緒；結束後的復盤會指出你遵循或違背了哪些原則。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Situation</source>
        <translation>情景</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start (Enter)</source>
        <translation>開始（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue where I left off</source>
        <translation>從上次中斷處繼續</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debrief of my best run</source>
        <translation>檢視最佳一次的復盤</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Play with a class on the projector</source>
        <translation>在投影上帶全班演練</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>not played yet</source>
        <translation>尚未練習</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No scenarios are available.</source>
        <translation>沒有可用的演練情景。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 · at least %n reply(s) to the best ending · %2 endings</source>
        <translation>
            <numerusform>%1 · 最佳結局至少需要 %n 次回應 · 共 %2 種結局</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Your best result: %1 · %2 points · %n run(s)</source>
        <translation>
            <numerusform>你的最佳成績：%1 · %2 分 · 已練 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You have not played this scenario yet.</source>
        <translation>你還沒有練過這個情景。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This scenario has changed since your best run, so that run cannot be shown again. Your result is kept.</source>
        <translation>這個情景在你取得最佳成績後已經改過，那一次的過程無法再現；你的成績仍然保留。</translation>
    </message>
</context>
<context>
    <name>ScenarioDebrief</name>
    <message>
        <location filename="../../app/views/roleplay/debrief.py" line="+125"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Play again (Ctrl+R)</source>
        <translation>再練一次（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All scenarios (Esc)</source>
        <translation>全部情景（Esc）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Debrief</source>
        <translation>復盤</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your best run so far.</source>
        <translation>這是你目前最好的一次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new best result for this scenario.</source>
        <translation>重新整理了這個情景的最佳成績。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First run saved. Play again to try another path.</source>
        <translation>第一次練習已儲存。再練一次，試試別的說法。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved. Your best remains: %1, %2 points.</source>
        <translation>已儲存。你的最佳成績仍是：%1，%2 分。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n reply(s) · customer&apos;s mood at the end: %1 · total %2 points</source>
        <translation>
            <numerusform>共 %n 次回應 · 結束時客戶情緒：%1 · 總分 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your replies</source>
        <translation>你的每一次回應</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Followed</source>
        <translation>遵循</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Broke</source>
        <translation>違背</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Study: %1</source>
        <translation>去學習：%1</translation>
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
        <translation>離開（Esc）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation so far</source>
        <translation>到目前為止的對話</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer says</source>
        <translation>客戶說的話</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+65"/>
        <source>Customer</source>
        <translation>客戶</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Your reply (press 1–4):</source>
        <translation>你的回應（按 1–4）：</translation>
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
        <translation>新增節點</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+62"/>
        <source>Add ending</source>
        <translation>新增結局</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play from here (F5)</source>
        <translation>從這裡演練（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit (Ctrl+0)</source>
        <translation>符合視窗（Ctrl+0）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Cannot open the scenario</source>
        <translation>無法開啟該情境</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add reply</source>
        <translation>新增回應</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove reply</source>
        <translation>刪除回應</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>New node</source>
        <translation>新節點</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete node</source>
        <translation>刪除節點</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete ending</source>
        <translation>刪除結局</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reply %1: %2</source>
        <translation>回應 %1：%2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select a node to play from (an ending has no replies).</source>
        <translation>請選擇一個節點開始演練（結局沒有回應）。</translation>
    </message>
</context>
<context>
    <name>ScenarioFindings</name>
    <message>
        <location filename="../../app/views/studio/scenario_findings.py" line="-101"/>
        <source>the customer&apos;s line</source>
        <translation>顧客的話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the replies</source>
        <translation>回應</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the reply&apos;s text</source>
        <translation>回應的文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the target</source>
        <translation>去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the emotion change</source>
        <translation>情緒變化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the scores</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the feedback</source>
        <translation>回饋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the principle</source>
        <translation>原則</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the lesson link</source>
        <translation>課程連結</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the news that stirs up</source>
        <translation>再次激怒的消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the title</source>
        <translation>標題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the background</source>
        <translation>背景</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the industry</source>
        <translation>行業</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the id</source>
        <translation>識別碼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the start node</source>
        <translation>起始節點</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>has no target yet</source>
        <translation>尚未指定去向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leads to “%1”, which is neither a node nor an ending</source>
        <translation>通向「%1」，但它既不是節點也不是結局</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the start node does not exist</source>
        <translation>起始節點不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be reached from the start</source>
        <translation>從起點無法到達</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no ending can be reached from here (a dead end or a loop with no way out)</source>
        <translation>從這裡到不了任何結局（死路或無出口的循環）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a scenario needs at least 3 endings, one of them of kind “loyal”</source>
        <translation>情境至少需要 3 個結局，其中一個為「loyal」（問題解決，客戶留下）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the best path has %1 decisions; at least %2 are needed</source>
        <translation>最佳路徑只有 %1 個決策，至少需要 %2 個</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>scores go from −2 to +2 in the four dimensions</source>
        <translation>四個維度的得分都在 −2 到 +2 之間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lesson link “%1” leads nowhere in this course</source>
        <translation>課程連結「%1」在本課程中不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is empty</source>
        <translation>%1為空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a node needs 3 or 4 replies</source>
        <translation>每個節點需要 3 或 4 個回應</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field “%1”</source>
        <translation>未知欄位「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is out of range</source>
        <translation>%1超出範圍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not valid</source>
        <translation>%1無效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · reply %2</source>
        <translation>%1 · 回應 %2</translation>
    </message>
</context>
<context>
    <name>ScenarioForm</name>
    <message>
        <location filename="../../app/views/studio/scenario_form.py" line="+86"/>
        <source>Node %1</source>
        <translation>節點 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer says(&amp;C):</source>
        <translation>顧客說(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News in this line that stirs the customer up again (0–2)</source>
        <translation>這句話裡再次激怒顧客的消息（0–2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stirs up again(&amp;U):</source>
        <translation>再次激怒(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add reply</source>
        <translation>新增回應</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ending %1</source>
        <translation>結局 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind(&amp;K):</source>
        <translation>類型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Title(&amp;T):</source>
        <translation>標題(&amp;T)：</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>What happens(&amp;W):</source>
        <translation>結局經過(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Id(&amp;I):</source>
        <translation>識別碼(&amp;I)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry(&amp;N):</source>
        <translation>行業(&amp;N)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background(&amp;B):</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start node(&amp;S):</source>
        <translation>起始節點(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting mood(&amp;M):</source>
        <translation>初始情緒(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a node or an ending in the graph to edit it.</source>
        <translation>在圖中選擇一個節點或結局即可編輯。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply %1</source>
        <translation>回應 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reply:</source>
        <translation>回應：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ending: %1</source>
        <translation>結局：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New node…</source>
        <translation>新節點…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leads to:</source>
        <translation>通向：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emotion change:</source>
        <translation>情緒變化：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback:</source>
        <translation>回饋：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principle:</source>
        <translation>原則：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lesson:</source>
        <translation>課程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove reply %1</source>
        <translation>刪除回應 %1</translation>
    </message>
</context>
<context>
    <name>ScenarioGraphView</name>
    <message>
        <location filename="../../app/views/studio/scenario_graph.py" line="+186"/>
        <source>Scenario graph</source>
        <translation>情境圖</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Reply %1: %2 → %3 (emotion %4, points %5)</source>
        <translation>回應 %1：%2 → %3（情緒 %4，得分 %5）</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Play from here (F5)</source>
        <translation>從這裡演練（F5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit (Enter)</source>
        <translation>編輯（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
</context>
<context>
    <name>ScenarioProjector</name>
    <message>
        <location filename="../../app/views/classroom/roleplay.py" line="+17"/>
        <source>Role-play with the class — 客诉学堂</source>
        <translation>全班情景演練 — 客訴學堂</translation>
    </message>
</context>
<context>
    <name>ScreenList</name>
    <message>
        <location filename="../../app/views/classroom/screens.py" line="+29"/>
        <source>%1 — %2×%3 at (%4, %5)</source>
        <translation>%1 — %2×%3，位於 (%4, %5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, primary</source>
        <translation>，主螢幕</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/views/knowledge.py" line="-708"/>
        <source>Search lessons, cases, glossary, phrases, notes… (Ctrl+K)</source>
        <translation>搜尋課程、案例、術語、話術、筆記…（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>類別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Section</source>
        <translation>章節</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sections</source>
        <translation>全部章節</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview</source>
        <translation>預覽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (Enter)</source>
        <translation>開啟（Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the phrase</source>
        <translation>複製這句話術</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>How to search</source>
        <translation>搜尋說明</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search the whole course</source>
        <translation>搜尋整門課程</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons, cases, the glossary, ready phrases, quiz explanations, role-plays, desk checklists and your own notes. Type as you would ask a colleague: Simplified or Traditional Chinese, or an English term.</source>
        <translation>課程、案例、術語表、話術、題目講解、情景演練、工作台清單和你自己的筆記都能搜到。像問同事一樣輸入即可：簡體、繁體或英文術語都行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try:</source>
        <translation>試試：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+K searches from anywhere · ↓ moves to the results · Enter opens · Esc clears the box</source>
        <translation>Ctrl+K 隨處搜尋 · ↓ 進入結果 · Enter 開啟 · Esc 清空搜尋框</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Preparing the search index (first search only)…</source>
        <translation>正在準備搜尋索引（只在第一次搜尋時）…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Search failed: %1</source>
        <translation>搜尋失敗：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 result(s)</source>
        <translation>%1 條結果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing found for “%1”. Try fewer or shorter words.</source>
        <translation>沒有找到“%1”。試試更少或更短的詞。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Did you mean: %1?</source>
        <translation>你是不是要找：%1？</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Copied: %1</source>
        <translation>已複製：%1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/views/settings.py" line="+28"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interface language</source>
        <translation>介面語言</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Colour scheme</source>
        <translation>色彩配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With 繁體中文, the course text is shown in Traditional Chinese.</source>
        <translation>選擇「繁體中文」時，課程內容也以繁體顯示。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Colours:</source>
        <translation>色彩(&amp;C)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finish or leave the quiz to change the language or colours.</source>
        <translation>完成或退出目前測驗後，才能變更語言或配色。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Staff ID</source>
        <translation>工號</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work e-mail</source>
        <translation>工作郵箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff ID:</source>
        <translation>工號(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work &amp;e-mail:</source>
        <translation>工作郵箱(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only used to name you in the learning records sent to your organisation&apos;s LRS, if it has one.</source>
        <translation>只用於在發往本機構學習記錄庫的學習記錄中標明你的身份（機構配置了記錄庫時）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A staff ID is letters, digits, dots, dashes and underscores.</source>
        <translation>工號只能由字母、數字、點、短橫線和底線組成。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not an e-mail address.</source>
        <translation>這不是有效的郵箱地址。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/views/shortcuts.py" line="+24"/>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>作用</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Anywhere</source>
        <translation>任何頁面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading a lesson</source>
        <translation>閱讀課程時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous / next lesson</source>
        <translation>上一課 / 下一課</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller / reset text</source>
        <translation>放大 / 縮小 / 還原文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the lesson as learned (again to undo)</source>
        <translation>將本課標記為已學（再按一次復原）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check this lesson: a few questions with feedback</source>
        <translation>本課小測：幾道題，答完即看講解</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bookmark the section being read</source>
        <translation>為正在閱讀的小節加書籤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go through the links in the text; Enter opens one</source>
        <translation>逐一經過正文中的連結；按 Enter 開啟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Teach the lesson on the projector</source>
        <translation>在投影上講授本課</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quizzes</source>
        <translation>測驗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose an answer</source>
        <translation>選擇答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit; again for the next question</source>
        <translation>提交；再按一次進入下一題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the quiz</source>
        <translation>結束測驗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role-play</source>
        <translation>情景演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the last reply</source>
        <translation>撤回上一句回覆</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Play again</source>
        <translation>重新演練</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Large text for a class, full screen (Esc or F5 returns)</source>
        <translation>課堂大字，全螢幕顯示（按 Esc 或 F5 返回）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Knowledge base</source>
        <translation>知識庫</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search; ↓ into the results, Enter opens, Esc clears</source>
        <translation>搜尋；↓ 進入結果，Enter 開啟，Esc 清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove a bookmark / bring it back</source>
        <translation>移除書籤 / 復原書籤</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Leave (continue later)</source>
        <translation>離開（稍後繼續）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written practice</source>
        <translation>書面練習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your text against the rubric</source>
        <translation>對照評分要點檢查你的文字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projector and presenter view</source>
        <translation>投影與簡報者檢視</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next slide</source>
        <translation>下一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous slide</source>
        <translation>上一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First / last slide</source>
        <translation>第一頁 / 最後一頁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black / white screen</source>
        <translation>黑屏 / 白屏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger / smaller text</source>
        <translation>放大 / 縮小文字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to that slide or question</source>
        <translation>跳到該頁或該題</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the controls on the projected screen</source>
        <translation>在投影畫面上顯示控制按鈕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Live quiz: start or pause the countdown / reveal / type the hands</source>
        <translation>課堂現場測驗：開始或暫停倒計時 / 公布答案 / 輸入舉手人數</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the show</source>
        <translation>結束放映</translation>
    </message>
</context>
<context>
    <name>StudioEditor</name>
    <message>
        <location filename="../../app/views/studio/editing.py" line="+47"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save (Ctrl+S)</source>
        <translation>儲存（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Could not save %1: %2</source>
        <translation>無法儲存 %1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved with %n problem(s) left: publishing refuses it until they are fixed.</source>
        <translation>已儲存，仍有 %n 個問題：修正之前無法發布。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved. No problems found.</source>
        <translation>已儲存。未發現問題。</translation>
    </message>
    <message>
        <location filename="../../app/views/studio/undo.py" line="+19"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
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
        <translation>圖片「%1」沒有說明文字（替代文字）：請寫出它顯示的內容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the image “%1” is on the internet: the app is offline</source>
        <translation>圖片「%1」在網路上：本應用程式離線執行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the image “%1” is not in the assets folder</source>
        <translation>圖片「%1」不在素材資料夾中</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to the glossary term “%1” leads nowhere</source>
        <translation>指向術語「%1」的連結無效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to “%1” names a section the lesson does not have</source>
        <translation>指向「%1」的連結所指的小節不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the link to the lesson “%1” leads nowhere</source>
        <translation>指向課程「%1」的連結無效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is missing</source>
        <translation>缺少「%1」</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown field “%1”</source>
        <translation>未知欄位「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id “%1” is already used</source>
        <translation>編號「%1」已被使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose the course section this lesson belongs to</source>
        <translation>請選擇這節課所屬的課程章節</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the related lesson “%1” does not exist</source>
        <translation>相關課程「%1」不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a section of the course</source>
        <translation>「%1」不是課程章節</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the lesson “%1” does not exist</source>
        <translation>課程「%1」不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the paired case “%1” does not name this case as its pair</source>
        <translation>對照案例「%1」沒有把本案例設為它的對照</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the paired case “%1” does not exist</source>
        <translation>對照案例「%1」不存在</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a case needs the sections %1</source>
        <translation>案例需要這些小節：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a lesson needs at least one “## ” section</source>
        <translation>一節課至少需要一個「## 」小節</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“# ” headings are not used: the title is in the form; use “## ” for sections</source>
        <translation>不使用「# 」標題：標題在表單中填寫；小節請用「## 」</translation>
    </message>
</context>
<context>
    <name>StudioWindow</name>
    <message>
        <location filename="../../app/views/studio/window.py" line="-449"/>
        <source>Course studio</source>
        <translation>課程工作室</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The organisation&apos;s files</source>
        <translation>本機構的檔案</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problems in the organisation&apos;s files</source>
        <translation>本機構檔案中的問題</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Studio</source>
        <translation>工作室</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a &amp;Word document…</source>
        <translation>匯入 Word 文件(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;questions…</source>
        <translation>匯入題目(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;aste questions from a spreadsheet</source>
        <translation>從試算表貼上題目(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Publish for all installed copies…</source>
        <translation>發佈給所有安裝副本(&amp;P)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts (from Word)</source>
        <translation>草稿（來自 Word）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <translation>案例</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question files</source>
        <translation>題目檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role-plays</source>
        <translation>情境演練</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Glossary, phrases, synonyms</source>
        <translation>術語、話術、同義詞</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the organisation&apos;s files…</source>
        <translation>正在檢查本機構的檔案…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not read the layer: %1</source>
        <translation>無法讀取機構內容層：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 個問題</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No problems: the layer can be published.</source>
        <translation>沒有問題：可以發佈。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s): fix them before publishing.</source>
        <translation>
            <numerusform>%n 個問題：發佈前請先修正。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer %1, version %2</source>
        <translation>內容層 %1，版本 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No layer yet</source>
        <translation>尚無機構內容層</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation&apos;s own lessons, cases, questions and role-plays live here, over the bundled course.

Pick a file on the left, or start with New… (Ctrl+N), Import a Word document… or Import questions…. When there are no problems, Publish makes one pack that every installed copy installs with File → Install a course pack.</source>
        <translation>本機構自己的課程、案例、題目和情境演練放在這裡，疊加在內建課程之上。

從左側選一個檔案，或從「新增…」（Ctrl+N）、「匯入 Word 文件…」或「匯入題目…」開始。沒有問題時，「發佈」會產生一個課程包，各安裝副本用「檔案 → 安裝課程包」即可裝上。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unsaved changes</source>
        <translation>有未儲存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1?</source>
        <translation>儲存對 %1 的修改嗎？</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot make it</source>
        <translation>無法新增</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a Word document</source>
        <translation>匯入 Word 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Word documents (*.docx)</source>
        <translation>Word 文件 (*.docx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Imported as a draft; to check: %1</source>
        <translation>已匯入為草稿；待檢查：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported as a draft lesson.</source>
        <translation>已匯入為課程草稿。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+33"/>
        <source>Importing %1…</source>
        <translation>正在匯入 %1…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Reading the pasted rows…</source>
        <translation>正在讀取貼上的列…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import questions</source>
        <translation>匯入題目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.csv *.tsv *.txt *.gift *.xml)</source>
        <translation>題目 (*.csv *.tsv *.txt *.gift *.xml)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <location line="+16"/>
        <source>%n question(s) imported.</source>
        <translation>
            <numerusform>已匯入 %n 道題。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+16"/>
        <source>Left out: %1</source>
        <translation>未匯入：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not imported</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not ready to publish</source>
        <translation>還不能發佈</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The layer has %n problem(s). They are listed below the editor; fix them, then publish.</source>
        <translation>
            <numerusform>內容層有 %n 個問題，列在編輯器下方；修正後再發佈。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrainerPanel</name>
    <message>
        <location filename="../../app/views/dashboard.py" line="-250"/>
        <source>Import learners&apos; exports…</source>
        <translation>匯入學員的匯出檔案…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort report (CSV)…</source>
        <translation>群組報告（CSV）…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort report (PDF)…</source>
        <translation>群組報告（PDF）…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load from the LRS</source>
        <translation>從學習記錄庫讀取</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Organisation&apos;s LRS…</source>
        <translation>機構的 LRS…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where installed copies send their learning records</source>
        <translation>各安裝副本把學習記錄傳送到哪裡</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import the xAPI files learners export from their copies.</source>
        <translation>匯入學員從各自電腦上匯出的 xAPI 檔案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+156"/>
        <source>Learner</source>
        <translation>學員</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+156"/>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <location line="-155"/>
        <location line="+155"/>
        <source>Answers</source>
        <translation>答題數</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+154"/>
        <source>Right</source>
        <translation>正確率</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+154"/>
        <source>Best exam</source>
        <translation>最好成績</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+153"/>
        <source>Final</source>
        <translation>結業考試</translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+149"/>
        <source>Most missed questions</source>
        <translation>錯得最多的題目</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Wrong</source>
        <translation>答錯</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No learners in the cohort yet.

1. On each learner&apos;s PC: Progress → My progress → Export for the trainer (xAPI).
2. Here: Import learners&apos; exports… and pick the files (several at once).
With the organisation&apos;s LRS set up, Load from the LRS reads everyone at once.

The table, charts and most-missed questions appear as soon as one learner is in.</source>
        <translation>學員名單還是空的。

1. 在每位學員的電腦上：學習進度 → 我的進度 → 匯出給講師（xAPI）。
2. 在這裡：點「匯入學員的匯出檔案…」，選擇這些檔案（可一次選多個）。
如果機構設定了學習記錄庫，點「從學習記錄庫讀取」即可一次讀入所有學員。

只要有一位學員的記錄，名單、圖表和錯誤最多的題目就會顯示出來。</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+108"/>
        <source>passed</source>
        <translation>已通過</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Best exam score: learners per band</source>
        <translation>最好考試成績：各分數段人數</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+87"/>
        <source>Mastery per section (the cohort)</source>
        <translation>各部分掌握度（全體學員）</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Mastery</source>
        <translation>掌握度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import learners&apos; exports</source>
        <translation>匯入學員的匯出檔案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xAPI exports (*.json)</source>
        <translation>xAPI 匯出檔案（*.json）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>Importing learners&apos; exports…</source>
        <translation>正在匯入學員的匯出檔案…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The LRS settings were saved.</source>
        <translation>LRS 設定已儲存。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the LRS…</source>
        <translation>正在讀取學習記錄庫…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 new, %3 already imported</source>
        <translation>%1：新增 %2 條，%3 條已匯入過</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 refused (e.g. #%2: %3)</source>
        <translation>；%1 條被拒絕（例如第 %2 條：%3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+17"/>
        <location line="+15"/>
        <source>Cohort report</source>
        <translation>群組報告</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Could not write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV (*.csv)</source>
        <translation>CSV（*.csv）</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saved to %1</source>
        <translation>已儲存到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>Writing the cohort report…</source>
        <translation>正在產生群組報告…</translation>
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
        <translation>試答——學員看到的樣子</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Check (Ctrl+Enter)</source>
        <translation>檢查答案（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Again (Ctrl+R)</source>
        <translation>重來（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>關閉（Esc）</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Fix this question&apos;s %n problem(s) to try it.</source>
        <translation>
            <numerusform>請先修正這道題的 %n 個問題，再試答。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a question to try.</source>
        <translation>請選擇一道題來試答。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not stored. Ctrl+Enter checks the answer.</source>
        <translation>不會儲存。按 Ctrl+Enter 檢查答案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer: “%1”</source>
        <translation>顧客：「%1」</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose or type an answer first.</source>
        <translation>請先選擇或填寫答案。</translation>
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
        <translation>寫作任務</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Written practice</source>
        <translation>書面練習</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write, then check your text against the rubric.</source>
        <translation>先動筆寫，再對照評分要點逐條檢查。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Situation and task</source>
        <translation>情境與任務</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>Your text</source>
        <translation>你寫的內容</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Write here; your text is saved as you go.</source>
        <translation>在這裡寫；內容會隨寫隨存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check against the rubric (Ctrl+Enter)</source>
        <translation>對照評分要點檢查（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read the lesson</source>
        <translation>閱讀相關課程</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Check point by point</source>
        <translation>逐條檢查</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+149"/>
        <source>Show the model answer</source>
        <translation>顯示參考答案</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Model answer and common faults</source>
        <translation>參考答案與常見問題</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+151"/>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <location line="-148"/>
        <location line="+143"/>
        <source>checked: %1 of %2</source>
        <translation>已自查：%1/%2 項達到</translation>
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
        <translation>你的任務</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model answer</source>
        <translation>參考答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common faults</source>
        <translation>常見問題</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Tick each point your text meets: %1 of %2</source>
        <translation>你的文字做到了哪一條，就勾選哪一條：%1/%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Show the model answer (you have not written anything yet)</source>
        <translation>顯示參考答案（你還沒有寫任何內容）</translation>
    </message>
</context>
</TS>
