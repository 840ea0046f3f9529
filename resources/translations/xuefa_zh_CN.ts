<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="44"/>
        <source>proctor</source>
        <translation>监考员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="44"/>
        <source>unit administrator</source>
        <translation>单位管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="45"/>
        <source>centre administrator</source>
        <translation>考试中心管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="46"/>
        <source>provincial administrator</source>
        <translation>省级管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="47"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="47"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="47"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="47"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="48"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="49"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="50"/>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="142"/>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="51"/>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="55"/>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="153"/>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="154"/>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="56"/>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="147"/>
        <source>End their sessions</source>
        <translation>结束其全部登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="57"/>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="128"/>
        <source>%1 (%2), %3, unit %4</source>
        <translation>%1（%2），%3，单位 %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="140"/>
        <source>Disable an account</source>
        <translation>停用账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="141"/>
        <source>Disable %1? They cannot log in, and every session of theirs ends now (a proctor in a sitting loses the console).</source>
        <translation>停用 %1？停用后无法登录，其所有登录立即结束（正在监考的监考员将退出监考台）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="143"/>
        <source>%1 is disabled; their sessions ended.</source>
        <translation>%1 已停用，其登录已全部结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="79"/>
        <source>%1 may log in again.</source>
        <translation>%1 可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="148"/>
        <source>Every session of %1 has ended.</source>
        <translation>%1 的全部登录已结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="93"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="94"/>
        <source>locked for now</source>
        <translation>暂时锁定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="95"/>
        <source>must change the password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="97"/>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="146"/>
        <source>End sessions</source>
        <translation>结束登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="146"/>
        <source>End every session of %1? They must log in again.</source>
        <translation>结束 %1 的全部登录？其须重新登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="153"/>
        <source>Make %1 a %2? What they may see and do changes at once.</source>
        <translation>把 %1 设为%2？其可查看和操作的内容立即改变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="155"/>
        <source>%1 is now: %2.</source>
        <translation>%1 现在是：%2。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="158"/>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="160"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="159"/>
        <source>Give %1 a new one-time password? Their sessions end; they must choose their own at the next login.</source>
        <translation>给 %1 一个新的一次性密码？其登录将全部结束，下次登录时必须自行设置新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="169"/>
        <source>New one-time password for %1: %2. Give it to them in person.</source>
        <translation>%1 的新一次性密码：%2。请当面交给本人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="176"/>
        <source>Your password is changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="180"/>
        <source>You may not change this account (its role is higher than yours).</source>
        <translation>您无权修改此账号（其角色高于您）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="181"/>
        <source>This account is not among the ones you manage.</source>
        <translation>此账号不在您管理的范围内。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="183"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>AdminPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="27"/>
        <source>Change your password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="28"/>
        <source>Your password was set by someone else: choose your own before you go on. At least 12 characters, not a common password, not your user name.</source>
        <translation>您的密码由他人设置：继续之前请设置您自己的密码。至少 12 个字符，不能是常见密码，不能包含用户名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="30"/>
        <source>At least 12 characters, not a common password, not your user name.</source>
        <translation>至少 12 个字符，不能是常见密码，不能包含用户名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="39"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="40"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="41"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="53"/>
        <source>The new password needs at least 12 characters.</source>
        <translation>新密码至少需要 12 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="54"/>
        <source>The new password may have at most 128 characters.</source>
        <translation>新密码最多 128 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="55"/>
        <source>This password is one of the most common ones and easy to guess.</source>
        <translation>这是最常见的密码之一，很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="56"/>
        <source>This password is only spaces or a few repeated keys and easy to guess.</source>
        <translation>该密码只由空格或少数几个重复的键组成，很容易被猜到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="57"/>
        <source>The new password must not contain your user name.</source>
        <translation>新密码不能包含您的用户名。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="58"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="59"/>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="60"/>
        <source>The new password must differ from the current one.</source>
        <translation>新密码必须与当前密码不同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/account_password.py" line="61"/>
        <source>The server cannot be reached. Check the network.</source>
        <translation>无法连接服务器，请检查网络。</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="34"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="37"/>
        <source>Unit, centre and provincial administrators log in with their server account.</source>
        <translation>单位、考试中心和省级管理员请用服务器账号登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="38"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="61"/>
        <source>This is a proctor&apos;s account: proctors use the proctor console (监考工具 on the login page).</source>
        <translation>这是监考员账号：监考员请使用监考台（登录页上的“监考工具”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="76"/>
        <source>unit administrator</source>
        <translation>单位管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="76"/>
        <source>centre administrator</source>
        <translation>考试中心管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="77"/>
        <source>provincial administrator</source>
        <translation>省级管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="78"/>
        <source>Administration: %1 (%2)</source>
        <translation>管理：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="84"/>
        <source>Reports</source>
        <translation>统计报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="84"/>
        <source>Flagged results</source>
        <translation>异常成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="85"/>
        <source>Unit summary</source>
        <translation>单位汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="85"/>
        <source>Item analysis</source>
        <translation>试题分析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="86"/>
        <source>Question banks</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="86"/>
        <source>Learners</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="87"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="87"/>
        <source>Administrators</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/admin_window.py" line="93"/>
        <source>Security log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>AnswerText</name>
    <message>
        <location filename="../../desktop/ui/answer_text.py" line="28"/>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/answer_text.py" line="28"/>
        <source>False</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="233"/>
        <source>Personal archive: %1</source>
        <translation>一人一档：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="239"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="239"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="240"/>
        <source>pending</source>
        <translation>待阅卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="244"/>
        <source>Study points %1: %2</source>
        <translation>%1 年学法积分：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="247"/>
        <source>No exams or study records yet.</source>
        <translation>还没有考试或学习记录。</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="195"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="195"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="195"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="195"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="196"/>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="196"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="196"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="199"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="199"/>
        <source>Logins</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="200"/>
        <source>Administrator accounts</source>
        <translation>管理员账号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="200"/>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="201"/>
        <source>Learners and rosters</source>
        <translation>考生与名册</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="201"/>
        <source>Roster imports</source>
        <translation>名册导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="202"/>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="202"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="205"/>
        <source>Any outcome</source>
        <translation>任何结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="205"/>
        <source>Done</source>
        <translation>成功</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="205"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="206"/>
        <source>Refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="208"/>
        <source>Load older entries</source>
        <translation>加载更早的记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="209"/>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="213"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="258"/>
        <source>%1 entries shown.</source>
        <translation>已显示 %1 条记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="261"/>
        <source>Export the security log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="261"/>
        <source>audit-log.xlsx</source>
        <translation>安全日志.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="262"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="269"/>
        <source>Security log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="271"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="273"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="277"/>
        <source>The security log is for this server&apos;s top administrator.</source>
        <translation>审计日志仅供本服务器的最高管理员查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/accounts_page.py" line="279"/>
        <source>Not loaded: %1</source>
        <translation>未能加载：%1</translation>
    </message>
</context>
<context>
    <name>BanksPage</name>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="30"/>
        <source>Words in the question</source>
        <translation>按题目文字查找</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="31"/>
        <source>Retired questions</source>
        <translation>已停用的试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="33"/>
        <source>Question</source>
        <translation>试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="33"/>
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="33"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="34"/>
        <source>Stem</source>
        <translation>题干</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="34"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="34"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="41"/>
        <source>Correct…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="42"/>
        <location filename="../../desktop/ui/admin/banks_page.py" line="117"/>
        <location filename="../../desktop/ui/admin/banks_page.py" line="143"/>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="43"/>
        <source>History…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="44"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="45"/>
        <source>New exam from a bank…</source>
        <translation>用题库新建考试…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="50"/>
        <source>Bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="81"/>
        <source>%1 (%2 questions, %3 retired)</source>
        <translation>%1（%2 道题，已停用 %3 道）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="88"/>
        <source>No question bank yet: import one with 导入… (Import…).</source>
        <translation>还没有题库：请用“导入…”导入题库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="116"/>
        <source>%1 question(s)</source>
        <translation>共 %1 道题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="117"/>
        <source>Take back</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="140"/>
        <source>Retire a question</source>
        <translation>停用题目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="141"/>
        <source>Retire question %1 「%2」? Exam packages built from now on leave it out; packages already built keep it. It can be taken back later.</source>
        <translation>停用题目 %1「%2」？今后生成的考试包不再包含它；已生成的考试包不受影响。以后可以恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="160"/>
        <source>History of the question</source>
        <translation>试题修改记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="189"/>
        <source>Question banks are kept by this server&apos;s top provincial administrator.</source>
        <translation>题库由本服务器的最高级省级管理员维护。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="192"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>BuiltExamDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="282"/>
        <source>Exam built: %1</source>
        <translation>考试已生成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="285"/>
        <source>Package %1 from %2 question(s); stations receive it with their next sync.</source>
        <translation>考试包 %1，出自 %2 道题；考试机下次同步时即可收到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="288"/>
        <source>Make-up for %1 learner(s) who were absent or failed.</source>
        <translation>补考对象：缺考或不合格的 %1 人。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="290"/>
        <source>Start code: %1</source>
        <translation>开考码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="291"/>
        <source>Proctor password: %1</source>
        <translation>监考密码：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="292"/>
        <source>They are shown only now. Hand them to the exam centres in a sealed envelope.</source>
        <translation>以上信息只显示这一次。请密封后交给各考试中心。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="294"/>
        <source>Save the package file…</source>
        <translation>保存考试包文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="307"/>
        <source>The exam package</source>
        <translation>考试包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="307"/>
        <source>exam.xfp</source>
        <translation>考试包.xfp</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="308"/>
        <source>Exam packages (*.xfp)</source>
        <translation>考试包 (*.xfp)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="316"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="318"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="23"/>
        <source>Set your password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="25"/>
        <source>The password you just used was given to you (for a first login, or after a reset). Choose your own now: at least 12 characters, not a common password. A few words you will remember make a good one.</source>
        <translation>您刚才使用的密码是发给您的（首次登录，或管理员重置后）。请现在设置自己的密码：至少 12 个字符，不能是常见密码。几个自己记得住的词组合起来就是好密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="28"/>
        <source>Choose a new password: at least 12 characters, not a common password.</source>
        <translation>请设置新密码：至少 12 个字符，不能是常见密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="42"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="43"/>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/password_dialog.py" line="44"/>
        <source>New password again</source>
        <translation>再次输入新密码</translation>
    </message>
</context>
<context>
    <name>DisplayControls</name>
    <message>
        <location filename="../../desktop/ui/display_controls.py" line="20"/>
        <source>A−  Smaller text</source>
        <translation>A−  字体变小</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/display_controls.py" line="21"/>
        <source>A+  Larger text</source>
        <translation>A+  字体变大</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/display_controls.py" line="22"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/display_controls.py" line="37"/>
        <source>The text is as large as this screen allows.</source>
        <translation>字号已是本屏幕能显示的最大值。</translation>
    </message>
</context>
<context>
    <name>Environment</name>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="43"/>
        <source>This PC shows %1 screens. Disconnect the other screens (or set the display to one screen) and try again.</source>
        <translation>本机连接了 %1 个屏幕。请断开其他屏幕（或将显示设置为仅一个屏幕）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="45"/>
        <source>This desktop is a remote session (%1). The exam must be sat at the PC itself.</source>
        <translation>当前桌面是远程会话（%1）。考试必须在本机上进行。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="47"/>
        <source>This PC is a virtual machine (%1).</source>
        <translation>本机是虚拟机（%1）。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="48"/>
        <source>A window of another program (%1) is drawn over the exam.</source>
        <translation>另一个程序的窗口（%1）覆盖在考试窗口上。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="49"/>
        <source>A second screen was connected (%1 screens now). Disconnect it now.</source>
        <translation>连接了第二个屏幕（现在共 %1 个屏幕）。请立即断开。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="51"/>
        <source>These programs were started during the exam: %1. Close them now.</source>
        <translation>考试期间启动了以下程序：%1。请立即关闭。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="53"/>
        <source>These programs are running: %1. Close them (remote control, screen sharing or recording) and try again.</source>
        <translation>以下程序正在运行：%1。请关闭这些程序（远程控制、屏幕共享或录屏）后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/lockdown/environment.py" line="55"/>
        <source>The exam runs in a normal window (the station was started with %1): other programs can be seen beside it.</source>
        <translation>考试在普通窗口中进行（考试机以 %1 启动）：旁边可以看到其他程序。</translation>
    </message>
</context>
<context>
    <name>ExamBuilder</name>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="45"/>
        <source>New exam</source>
        <translation>新建考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="50"/>
        <source>e.g. 2027年度学法考试</source>
        <translation>例如：2027年度学法考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="54"/>
        <source>(not a make-up)</source>
        <translation>（不是补考）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="56"/>
        <source>Make-up of %1</source>
        <translation>%1 的补考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="66"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="179"/>
        <source>Question type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="179"/>
        <source>How many</source>
        <translation>题数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="179"/>
        <source>Points each</source>
        <translation>每题分值</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="84"/>
        <source>unit ids, comma-separated; empty: everyone</source>
        <translation>单位编号，用逗号分隔；留空表示全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="76"/>
        <source>Leaders sit a paper of their own</source>
        <translation>领导干部使用单独试卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="86"/>
        <source>ranks, comma-separated; empty: every rank</source>
        <translation>职务级别，用逗号分隔；留空表示全部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="87"/>
        <source>Leaders only</source>
        <translation>仅领导干部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="88"/>
        <source>The exempt may sit too</source>
        <translation>免考人员也可参加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="91"/>
        <source>none needed</source>
        <translation>不要求</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="92"/>
        <source>Learners may review their answers after submitting</source>
        <translation>交卷后考生可查看自己的答题情况</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="97"/>
        <source>then hand the exam in</source>
        <translation>次后自动交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="97"/>
        <source>only warn and record</source>
        <translation>次后只提醒并记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="98"/>
        <source>do not watch</source>
        <translation>不监测</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="104"/>
        <source>refuse to start</source>
        <translation>拒绝开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="104"/>
        <source>warn and record</source>
        <translation>警告并记录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="105"/>
        <source>do not check</source>
        <translation>不检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="110"/>
        <source>empty: the station&apos;s list (ToDesk, Sunlogin, TeamViewer, AnyDesk, QQ, WeChat, OBS …)</source>
        <translation>留空：使用考试机自带清单（ToDesk、向日葵、TeamViewer、AnyDesk、QQ、微信、OBS 等）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="114"/>
        <source>Add a centre&apos;s results key (server-results.key.pub)…</source>
        <translation>添加考试中心的成绩公钥（server-results.key.pub）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="119"/>
        <source>Exam id</source>
        <translation>考试编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="120"/>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="121"/>
        <source>Question bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="122"/>
        <source>Make-up</source>
        <translation>补考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="123"/>
        <source>Opens</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="124"/>
        <source>Closes</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="125"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="126"/>
        <source>Pass mark</source>
        <translation>合格分数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="127"/>
        <source>Attempts</source>
        <translation>考试次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="128"/>
        <source>Paper</source>
        <translation>试卷结构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="133"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="134"/>
        <source>Ranks</source>
        <translation>职务级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="139"/>
        <source>Study points by the deadline</source>
        <translation>截止日前须达到的学法积分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="143"/>
        <source>Leaving the exam window</source>
        <translation>离开考试窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="145"/>
        <source>More than one screen</source>
        <translation>多个屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="146"/>
        <source>Remote session</source>
        <translation>远程会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="146"/>
        <source>Virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="147"/>
        <source>Listed programs</source>
        <translation>清单中的程序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="150"/>
        <source>Exam PC checks</source>
        <translation>考试机检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="151"/>
        <source>Programs to look for</source>
        <translation>要检查的程序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="153"/>
        <source>Centres receiving results</source>
        <translation>接收成绩的考试中心</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="156"/>
        <source>Build the package</source>
        <translation>生成考试包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="208"/>
        <source>Total: %1 points</source>
        <translation>总分：%1 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="210"/>
        <source>Leaders&apos; paper, total: %1 points</source>
        <translation>领导干部试卷，总分：%1 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="215"/>
        <source>A centre&apos;s results key</source>
        <translation>考试中心的成绩公钥</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="216"/>
        <source>Key files (*.pub);;All files (*)</source>
        <translation>公钥文件 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="225"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="253"/>
        <source>Give the exam an id and a title, and the paper at least one section.</source>
        <translation>请填写考试编号和名称，并为试卷设置至少一种题型。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="256"/>
        <source>Give the leaders&apos; paper at least one section, or untick it.</source>
        <translation>请为领导干部试卷至少设置一种题型，或取消勾选。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="261"/>
        <source>Building… (the start code&apos;s key derivation takes a moment)</source>
        <translation>正在生成…（开考码的密钥计算需要一点时间）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/exam_builder.py" line="272"/>
        <source>Not built: %1</source>
        <translation>未生成：%1</translation>
    </message>
</context>
<context>
    <name>ExamReview</name>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="78"/>
        <source>✔ right</source>
        <translation>✔ 正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="78"/>
        <source>◐ partly right</source>
        <translation>◐ 部分正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="79"/>
        <source>✘ wrong</source>
        <translation>✘ 错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="79"/>
        <source>— not answered</source>
        <translation>— 未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="80"/>
        <source>… marked later</source>
        <translation>… 待人工评阅</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="85"/>
        <source>%1 of %2 points</source>
        <translation>得 %1 分，共 %2 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="85"/>
        <source>Your answer:</source>
        <translation>您的答案：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="86"/>
        <source>(not answered)</source>
        <translation>（未作答）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="86"/>
        <source>Explanation:</source>
        <translation>解析：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="87"/>
        <source>← your choice</source>
        <translation>← 您的选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="103"/>
        <source>Reference answer:</source>
        <translation>参考答案：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam_review.py" line="103"/>
        <source>Right answer:</source>
        <translation>正确答案：</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="58"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="62"/>
        <source>Answers are saved as you go.</source>
        <translation>答案随答随存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="73"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="76"/>
        <source>Proctor…</source>
        <translation>监考员…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="77"/>
        <source>For the proctor: extra time or a pause when the network is down</source>
        <translation>供监考员使用：断网时延长时间或暂停计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="90"/>
        <source>◀ Previous</source>
        <translation>◀ 上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="91"/>
        <source>Flag for review</source>
        <translation>标记待查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="93"/>
        <source>Next ▶</source>
        <translation>下一题 ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="78"/>
        <location filename="../../desktop/ui/exam/exam_window.py" line="383"/>
        <location filename="../../desktop/selftest.py" line="75"/>
        <source>Submit the exam</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="95"/>
        <source>Keys: PgDn next question · PgUp previous · F2 flag · Tab moves between answers and buttons · arrow keys move between options · Space picks</source>
        <translation>键盘操作：PgDn 下一题 · PgUp 上一题 · F2 标记 · Tab 在答案和按钮之间移动 · 方向键在选项之间移动 · 空格键选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="97"/>
        <source>Keys: PgDn / PgUp question · F2 flag · Space picks</source>
        <translation>键盘：PgDn / PgUp 换题 · F2 标记 · 空格键选择</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="125"/>
        <source>Your time is paused by the proctor.
Please stay at your seat and wait for the proctor.</source>
        <translation>监考员已暂停您的考试计时。
请留在座位上，等候监考员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="148"/>
        <source>A system window took the focus from the exam. The exam has taken it back; this is recorded and not counted against you.</source>
        <translation>一个系统窗口抢走了考试窗口的焦点，考试已自动切回。此情况已记录，不计入您的切屏次数。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="151"/>
        <source>No activity for a long time has been recorded. Please continue your exam.</source>
        <translation>系统记录到您长时间没有操作，请继续答题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="242"/>
        <source>Time is up. This answer was not saved; your exam is being submitted.</source>
        <translation>考试时间已到。此答案未保存，试卷正在提交。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="258"/>
        <source>Saved at %1</source>
        <translation>已于 %1 保存</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/exam/exam_window.py" line="298"/>
        <source>%n minute(s) left. The exam is submitted automatically when time runs out.</source>
        <translation>
            <numerusform>还剩 %n 分钟。时间到后系统将自动交卷。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="304"/>
        <source>You left the exam window (%1 of %2 times allowed). Leaving it more often submits your exam automatically. This has been recorded.</source>
        <translation>您离开了考试窗口（已 %1 次，最多允许 %2 次）。超过次数将自动交卷。此情况已被记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="309"/>
        <source>Staying away more than %1 seconds also submits it.</source>
        <translation>离开考试窗口超过 %1 秒也会自动交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="315"/>
        <source>You are back in the exam after %1 seconds away.</source>
        <translation>您已回到考试，离开了 %1 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="320"/>
        <source>Come back to the exam: it is submitted automatically in %1 seconds (away more than %2 seconds).</source>
        <translation>请立即回到考试窗口：%1 秒后将自动交卷（离开超过 %2 秒）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="325"/>
        <source>This has been recorded and the proctor can see it.</source>
        <translation>此情况已记录，监考员可以看到。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="335"/>
        <source>The proctor gave you %1 more minutes.</source>
        <translation>监考员为您延长了 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="337"/>
        <source>The proctor has paused your time. Wait for the proctor.</source>
        <translation>监考员已暂停您的计时。请等候监考员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="339"/>
        <source>Your time runs again.</source>
        <translation>计时已恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="347"/>
        <source>Your exam has been restored: your %1 answer(s) and your remaining time %2 are as you left them. Carry on.</source>
        <translation>考试已恢复：您已作答的 %1 道题和剩余时间 %2 均与中断前一致，请继续作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="379"/>
        <source>Submit now? After submitting you cannot change any answer.</source>
        <translation>确定现在交卷吗？交卷后不能再修改任何答案。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/exam/exam_window.py" line="381"/>
        <source>%n question(s) not answered: %1.</source>
        <translation>
            <numerusform>还有 %n 道题未作答：第 %1 题。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="385"/>
        <source>Submit</source>
        <translation>确定交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/exam_window.py" line="386"/>
        <source>Back to the exam</source>
        <translation>返回答题</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../desktop/services/admin_export.py" line="69"/>
        <source>the file is open in another program (Excel, WPS or a PDF reader?), or the folder may not be written: close the file, or choose another name, and save again</source>
        <translation>该文件正被其他程序打开（Excel、WPS 或 PDF 阅读器？），或该文件夹不可写入：请关闭该文件，或换一个文件名，然后重新保存</translation>
    </message>
</context>
<context>
    <name>ExtraTimeDialog</name>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="37"/>
        <source>Extra time for %1</source>
        <translation>为 %1 延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="46"/>
        <source>e.g. the computer was replaced</source>
        <translation>例如：更换了电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="50"/>
        <source>Minutes</source>
        <translation>分钟数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="52"/>
        <source>Reason (recorded)</source>
        <translation>原因（将记录在案）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="74"/>
        <source>%1 gets %2 more minutes.</source>
        <translation>%1 延长 %2 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="75"/>
        <source>%1 gets %2 more minutes: about %3 minutes left in all.</source>
        <translation>%1 延长 %2 分钟：共剩约 %3 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="83"/>
        <source>Give the reason: it goes into the sitting&apos;s record.</source>
        <translation>请填写原因：它会记入本场次的记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="85"/>
        <source>Extra time</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="86"/>
        <source>That is more than an hour. Is it right?</source>
        <translation>超过一小时。确定吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="55"/>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="87"/>
        <source>Give the extra time</source>
        <translation>确定延长</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/ui/file_dialogs.py" line="46"/>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 已存在。要替换它吗？</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="38"/>
        <source>Welcome to Xuefa: set up this station</source>
        <translation>欢迎使用学法考试系统：设置本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="40"/>
        <source>Version %1 · data folder %2</source>
        <translation>版本 %1 · 数据文件夹 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="52"/>
        <source>Standalone: exams, rosters and results travel by files (USB stick) only</source>
        <translation>单机使用：考试、名单和成绩只通过文件（U盘）传递</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="54"/>
        <source>Connect to the exam centre&apos;s server (address and enrolment code, or the room&apos;s enrolment file)</source>
        <translation>连接考试中心服务器（服务器地址和注册码，或考场注册文件）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="56"/>
        <source>Set up from files now (issuer key, roster, exam package, courses) and work standalone</source>
        <translation>现在从文件导入（发布机构公钥、名单、考试包、课程），然后单机使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="62"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="66"/>
        <source>How will this station work?</source>
        <translation>本机将如何使用？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="70"/>
        <source>Everything here can also be done later (the xuefa command and the station&apos;s import buttons).</source>
        <translation>这里的设置以后也可以再做（使用 xuefa 命令或本机的导入按钮）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="92"/>
        <source>e.g. 第一考场-07</source>
        <translation>例如 第一考场-07</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="93"/>
        <source>Use the room&apos;s enrolment file…</source>
        <translation>使用考场注册文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="97"/>
        <source>Enrol this station</source>
        <translation>注册本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="101"/>
        <location filename="../../desktop/ui/first_run.py" line="223"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="103"/>
        <location filename="../../desktop/ui/first_run.py" line="225"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="105"/>
        <source>Centre server address</source>
        <translation>考试中心服务器地址</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="106"/>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="107"/>
        <source>This PC&apos;s name</source>
        <translation>本机名称</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="109"/>
        <source>This PC in the file</source>
        <translation>文件中的本机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="118"/>
        <source>The centre admin gives you the address and a one-time code, or a file for the whole room.</source>
        <translation>考试中心管理员会提供服务器地址和一次性注册码，或整个考场的注册文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="131"/>
        <source>The room&apos;s enrolment file</source>
        <translation>考场注册文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="132"/>
        <source>Enrolment files (*.json);;All files (*)</source>
        <translation>注册文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="144"/>
        <source>%1 is not a readable enrolment file. Ask the centre admin for the room&apos;s file (xuefa-server devices room-file).</source>
        <translation>%1 不是可读取的注册文件。请向考试中心管理员索取考场注册文件（xuefa-server devices room-file）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="148"/>
        <source>%1: %2 PCs</source>
        <translation>%1：共 %2 台电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="155"/>
        <source>Choose this PC&apos;s name from the list, then enrol.</source>
        <translation>请在列表中选择本机名称，然后注册。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="169"/>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="176"/>
        <source>Enrolled: this station is approved by the centre server.</source>
        <translation>注册成功：考试中心服务器已批准本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="178"/>
        <source>Enrolled, waiting for the centre admin to approve this station. It works meanwhile; results wait here until then.</source>
        <translation>已提交注册，等待考试中心管理员批准。在此期间本机可正常使用，成绩会先保存在本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="185"/>
        <source>The centre server cannot be reached at this address. Check the address (ask the centre admin), the network cable, and that the server is running.</source>
        <translation>无法通过此地址连接考试中心服务器。请核对地址（可询问考试中心管理员）、检查网线，并确认服务器正在运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="187"/>
        <source>The enrolment code is not right. Check it, or ask the centre admin for a new one.</source>
        <translation>注册码不正确。请核对，或向考试中心管理员索取新的注册码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="189"/>
        <source>This code was already used by another PC. Each PC needs its own code: ask the centre admin for a new one (or choose this PC&apos;s own name in the room&apos;s file).</source>
        <translation>此注册码已被其他电脑使用。每台电脑需要自己的注册码：请向考试中心管理员索取新的注册码（或在考场注册文件中选择本机自己的名称）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="191"/>
        <source>This code has expired. Ask the centre admin for a new one.</source>
        <translation>此注册码已过期。请向考试中心管理员索取新的注册码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="192"/>
        <source>This code was withdrawn: a newer room file or code replaced it. Use the newest one, or ask the centre admin for a new code.</source>
        <translation>该注册码已作废：已被更新的考场注册文件或注册码取代。请使用最新的，或向考点管理员索取新的注册码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="194"/>
        <source>This PC is already approved at the centre for another unit than the code&apos;s. The code was not used: ask the centre admin.</source>
        <translation>本机已在考试中心服务器获准服务另一个单位，与注册码的单位不同。注册码未被使用：请联系考试中心管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="196"/>
        <source>This code is for a lower exam centre&apos;s server, not for a PC. Ask the centre admin for a PC&apos;s code, or use the room&apos;s enrolment file.</source>
        <translation>此注册码供下级考点的服务器使用，不能注册本机。请向考点管理员索取考试机的注册码，或使用考场注册文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="198"/>
        <source>This address is a provincial server: a station enrols at its exam centre. Ask the centre admin for the centre&apos;s address and a code.</source>
        <translation>此地址是省级服务器：考试机应在所属考试中心注册。请向考试中心管理员索取考试中心的地址和注册码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="200"/>
        <source>This PC was revoked by the centre: a new code does not enrol it again. Ask the centre admin.</source>
        <translation>本机已被中心吊销：新的注册码也不能让它重新注册。请联系中心管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="202"/>
        <source>Too many tries from this PC. Wait a minute, then try again.</source>
        <translation>本机尝试次数过多，请等一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="90"/>
        <source>e.g. 7K2QM-XD4RT-GA1GS-PK1PY-4RWSB-QF2HH</source>
        <translation>例如 7K2QM-XD4RT-GA1GS-PK1PY-4RWSB-QF2HH</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="165"/>
        <source>The address starts with https://, e.g. https://192.168.1.10:8470</source>
        <translation>地址以 https:// 开头，例如 https://192.168.1.10:8470</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="203"/>
        <source>The server at this address is not the one the enrolment code or file names (its certificate or key differs): another computer may be answering. Nothing was sent. Check the address and the code with the centre admin.</source>
        <translation>此地址上的服务器不是注册码或注册文件所指的服务器（证书或密钥不符），可能是另一台计算机在应答。未发送任何内容。请与考试中心管理员核对地址和注册码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="206"/>
        <source>This code does not name the server&apos;s certificate. Use the whole code (six groups) the centre admin printed, or the room&apos;s enrolment file.</source>
        <translation>此注册码不含服务器证书信息。请使用考试中心管理员打印的完整注册码（六组），或使用考场注册文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="208"/>
        <source>The enrolment code is not complete: it has six groups of five characters.</source>
        <translation>注册码不完整：注册码共六组，每组五个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="209"/>
        <source>The address must start with https:// (plain http:// only for a server on this PC).</source>
        <translation>地址必须以 https:// 开头（只有本机上的服务器才可用 http://）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="211"/>
        <source>This enrolment file was made by an older version and does not name the server&apos;s certificate. Ask the centre admin for a new one.</source>
        <translation>此注册文件由旧版本生成，不含服务器证书信息。请向考试中心管理员索取新的注册文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="213"/>
        <source>This PC&apos;s name is not in the enrolment file.</source>
        <translation>注册文件中没有本机名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="214"/>
        <source>Not enrolled: %1</source>
        <translation>未注册：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="221"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="231"/>
        <source>Choose all the files you were given at once: the issuer&apos;s key (.pub), the roster, exam packages (.xfp), courses and plans (.xfc, .xfs), statutes (.txt). They are imported in the right order.</source>
        <translation>请一次选择收到的全部文件：发布机构公钥（.pub）、名单、考试包（.xfp）、课程和学习计划（.xfc、.xfs）、法规（.txt）。系统会按正确的顺序导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="243"/>
        <source>Files to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="254"/>
        <source>Trusted issuer</source>
        <translation>已信任发布机构</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="254"/>
        <source>Roster: learners</source>
        <translation>名单：人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="255"/>
        <source>Exam package</source>
        <translation>考试包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="255"/>
        <source>Exam package (already here)</source>
        <translation>考试包（本机已有）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="256"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="256"/>
        <source>Study plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="256"/>
        <source>Practice bank</source>
        <translation>练习题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="257"/>
        <source>Statute</source>
        <translation>法规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="258"/>
        <source>Statute (replaced the same version held before)</source>
        <translation>法规（已替换此前的同一版本）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="259"/>
        <source>Not a Xuefa file</source>
        <translation>不是学法系统的文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="260"/>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/first_run.py" line="269"/>
        <source>✗ Import failed: %1</source>
        <translation>✗ 导入失败：%1</translation>
    </message>
</context>
<context>
    <name>FlaggedPage</name>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="26"/>
        <source>All rules</source>
        <translation>全部规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="30"/>
        <source>Held back</source>
        <translation>暂不计入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="30"/>
        <source>Accepted</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="31"/>
        <source>Rejected</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="31"/>
        <source>All, with those that count now</source>
        <translation>全部（含现已计入的）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="35"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="36"/>
        <source>All exams</source>
        <translation>全部考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="37"/>
        <source>Learner</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="37"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="37"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="37"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="37"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="38"/>
        <source>Station</source>
        <translation>考试机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="38"/>
        <source>Handed in</source>
        <translation>交卷时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="38"/>
        <source>Rules broken</source>
        <translation>不符合的规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="38"/>
        <source>Decision</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="47"/>
        <source>Accept…</source>
        <translation>认定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="48"/>
        <source>Reject…</source>
        <translation>不予认定…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="52"/>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="61"/>
        <source>These results are stored but not counted in reports until you accept them. Rejected results stay stored.</source>
        <translation>以下成绩已保存，但在您认定之前不计入统计；不予认定的成绩仍予保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="73"/>
        <source>learner of another unit</source>
        <translation>考生不属于本考试机所服务的单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="74"/>
        <source>not seated in the sitting</source>
        <translation>未编排在该场次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="75"/>
        <source>seat checked in at another station</source>
        <translation>座位由其他考试机签到</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="76"/>
        <source>before the sitting started</source>
        <translation>场次开始前作答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="77"/>
        <source>recorded as absent</source>
        <translation>监考已登记缺考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="78"/>
        <source>handed in again in the sitting</source>
        <translation>同一场次再次交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="79"/>
        <source>started after the sitting or its login closed</source>
        <translation>场次结束或停止登录后才开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="80"/>
        <source>station clock set back</source>
        <translation>考试机时钟被调回</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="81"/>
        <source>outside the exam window</source>
        <translation>不在考试时间窗口内</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="82"/>
        <source>over the time allowed</source>
        <translation>超出考试时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="83"/>
        <source>answers after time was up</source>
        <translation>时间到后仍有作答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="84"/>
        <source>PC asleep or program off over 10 minutes</source>
        <translation>休眠或程序中断超过10分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="85"/>
        <source>one attempt sealed twice</source>
        <translation>同一次作答封存了两次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="86"/>
        <source>more attempts than allowed</source>
        <translation>考试次数超出规定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="109"/>
        <source>waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="109"/>
        <source>accepted</source>
        <translation>已认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="109"/>
        <source>rejected</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="110"/>
        <source>counts now</source>
        <translation>现已计入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="131"/>
        <source>%1 result(s) held back, not counted.</source>
        <translation>共 %1 份成绩暂不计入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="146"/>
        <source> (server console)</source>
        <translation>（服务器命令行）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="153"/>
        <source>%1 decided: %2 by %3 (%4)</source>
        <translation>%1 的决定：%3 %2（%4）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="155"/>
        <source>; not followed here: %1</source>
        <translation>；本服务器未采纳：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="165"/>
        <source>Choose a result first.</source>
        <translation>请先选择一份成绩。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="167"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="167"/>
        <source>Why (kept with your name and the time):</source>
        <translation>理由（将与您的姓名和时间一并记录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="172"/>
        <source>A decision needs a reason.</source>
        <translation>处理须填写理由。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="174"/>
        <source>Accept the result of %1 (%2) in %3? It will count in the reports.</source>
        <translation>认定 %1（%2）在 %3 中的成绩？认定后计入统计。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="175"/>
        <source>Reject the result of %1 (%2) in %3? It stays stored and never counts.</source>
        <translation>对 %1（%2）在 %3 中的成绩不予认定？该成绩仍予保存，但不计入统计。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="178"/>
        <source>Decided by %1.</source>
        <translation>处理人：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="179"/>
        <source>Decide</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="180"/>
        <source>Accept</source>
        <translation>认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="180"/>
        <source>Reject</source>
        <translation>不予认定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="191"/>
        <source>%1&apos;s other result now counts (it was held only because of the attempt limit): %2</source>
        <translation>%1 的另一份成绩现已计入（此前仅因超出考试次数暂不计入）：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="203"/>
        <source>%1, handed in %2, score %3</source>
        <translation>%1，%2交卷，%3分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="208"/>
        <source>Not accepted: this learner already has as many counted attempts as the exam allows. Reject one of those first, then accept this one.</source>
        <translation>未认定：该考生计入的考试次数已达到本考试允许的次数。请先不予认定其中一次，再认定这一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/flagged_page.py" line="212"/>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="34"/>
        <source>My exams</source>
        <translation>我的考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="35"/>
        <source>%1 (%2), %3</source>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="39"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="39"/>
        <source>Window</source>
        <translation>考试时间窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="39"/>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="40"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="40"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="51"/>
        <source>Enter the exam</source>
        <translation>进入考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="53"/>
        <source>Show receipt</source>
        <translation>查看回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="54"/>
        <source>Import exam package…</source>
        <translation>导入考试包…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="55"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="58"/>
        <source>Exam packages (.xfp) can also be dragged onto this window.</source>
        <translation>也可以把考试包文件（.xfp）直接拖到本窗口导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="88"/>
        <source>In progress: continue</source>
        <translation>进行中：可继续作答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="90"/>
        <source>Not open yet</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="92"/>
        <source>Window ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="94"/>
        <source>Done: no attempts left</source>
        <translation>已完成：考试次数已用完</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="96"/>
        <source>Opens at %1 study points (you have %2)</source>
        <translation>学法积分达到 %1 分后开放（您现有 %2 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="99"/>
        <source>Open: %1 of %2 attempts used</source>
        <translation>可参加：已用 %1 次，共 %2 次</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="101"/>
        <source>Open</source>
        <translation>可参加</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="108"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="108"/>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="109"/>
        <source>awaiting marking</source>
        <translation>待阅卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="112"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="120"/>
        <source>No exams on this station yet. Import the exam package you received (a .xfp file).</source>
        <translation>本机还没有考试。请导入您收到的考试包（.xfp 文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="146"/>
        <source>Import exam package</source>
        <translation>导入考试包</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="146"/>
        <source>Exam packages (*.xfp);;All files (*)</source>
        <translation>考试包 (*.xfp);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="155"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="161"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/home_window.py" line="161"/>
        <source>Already on this station: %1</source>
        <translation>本机已有：%1</translation>
    </message>
</context>
<context>
    <name>ItemsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="27"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="28"/>
        <source>Question</source>
        <translation>试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="28"/>
        <source>Stem</source>
        <translation>题干</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="28"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="28"/>
        <source>Shown</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="29"/>
        <source>Facility</source>
        <translation>难度（答对率）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="29"/>
        <source>Discrimination</source>
        <translation>区分度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="29"/>
        <source>Options chosen</source>
        <translation>各选项选择次数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="30"/>
        <source>Unanswered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="30"/>
        <source>Look at it</source>
        <translation>需复核</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="40"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="45"/>
        <source>Questions worth a look come first: answered right by almost everyone or almost no one, or no better answered by strong candidates than weak.</source>
        <translation>需要复核的试题排在前面：几乎人人答对或几乎无人答对的题，以及高分考生并不比低分考生答得更好的题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="68"/>
        <source>too easy</source>
        <translation>过于容易</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="70"/>
        <source>too hard, or the key is wrong</source>
        <translation>过难，或答案有误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="72"/>
        <source>does not tell strong from weak</source>
        <translation>区分度不足</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="95"/>
        <source>%1 question(s), %2 worth a look.</source>
        <translation>共 %1 道题，其中 %2 道需要复核。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="99"/>
        <source>Export the item analysis</source>
        <translation>导出试题分析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="99"/>
        <source>items.xlsx</source>
        <translation>试题分析.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="100"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="108"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="110"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="114"/>
        <source>Item analysis covers every unit&apos;s results: it is for this server&apos;s top administrator.</source>
        <translation>试题分析涵盖所有单位的成绩，仅供本服务器的最高级管理员使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/items_page.py" line="117"/>
        <source>Not loaded: %1</source>
        <translation>未能加载：%1</translation>
    </message>
</context>
<context>
    <name>KeyGate</name>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="23"/>
        <source>This exam was interrupted</source>
        <translation>考试曾经中断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="25"/>
        <source>Exam: %1
Learner: %2

Your answers are saved. The exam program or this computer was restarted, so the exam opens again only with its start code. Raise your hand: the proctor types the start code, or reads it out to you. If the exam was away for long, the proctor&apos;s resume code is asked next.</source>
        <translation>考试：%1
考生：%2

您的答案都已保存。考试程序或这台电脑重新启动过，考试只能用本场考试的开考码再次打开。请举手：由监考员输入开考码，或由监考员告诉您。如果考试中断较久，接下来还需要监考员的续考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="31"/>
        <source>Asking the exam centre&apos;s server for the exam again…</source>
        <translation>正在向考点服务器重新获取本场考试……</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="35"/>
        <source>Type the start code</source>
        <translation>输入开考码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="39"/>
        <source>Back to the login (the exam waits, answers saved)</source>
        <translation>回到登录页（考试保留，答案已保存）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/key_gate.py" line="55"/>
        <source>The exam centre&apos;s server did not give this exam again (it was not reached, or it does not know the exam was begun at this computer in a running sitting): the start code opens it.</source>
        <translation>考点服务器没有再次发来本场考试（连不上服务器，或服务器没有本场考试在这台电脑上、在进行中的考场里开始作答的记录）：请用开考码打开。</translation>
    </message>
</context>
<context>
    <name>LearnerHome</name>
    <message>
        <location filename="../../desktop/ui/learner/learner_home.py" line="27"/>
        <source>My exams</source>
        <translation>我的考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/learner_home.py" line="28"/>
        <source>Study</source>
        <translation>学习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/learner_home.py" line="29"/>
        <source>Practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/learner_home.py" line="30"/>
        <source>Law library</source>
        <translation>法规库</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="36"/>
        <source>Search laws and regulations, e.g. 法律援助</source>
        <translation>搜索法律法规，例如：法律援助</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="37"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="44"/>
        <source>Previous article</source>
        <translation>上一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="45"/>
        <source>Next article</source>
        <translation>下一条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="46"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="47"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="54"/>
        <source>Browse a law:</source>
        <translation>浏览法规：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="104"/>
        <source>%1 (%2 articles)</source>
        <translation>%1（%2 条）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="114"/>
        <source> (version of %1)</source>
        <translation>（%1 版）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="118"/>
        <source> (superseded version of %1)</source>
        <translation>（%1 版，已被新版本取代）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="142"/>
        <source>“%1” as typed is in no article; %2 articles hold all of its words: %3.</source>
        <translation>没有条文原样含有“%1”；以下 %2 条同时含有其中的词：%3。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="144"/>
        <source>Nothing found. Try fewer words, or words apart by spaces.</source>
        <translation>没有找到。请减少词语，或用空格分开多个词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="147"/>
        <source>Only the first %1 words were searched for.</source>
        <translation>只按前 %1 个词查找。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="174"/>
        <source>%1–%2 of %3</source>
        <translation>第 %1–%2 条，共 %3 条</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="205"/>
        <source>The %1 version of 《%2》 is not in this station&apos;s library: shown is the version in force now.</source>
        <translation>本机法规库中没有《%2》的 %1 年版本：显示的是现行有效的版本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="226"/>
        <source>Statutes (*.txt *.docx *.html *.htm);;All files (*)</source>
        <translation>法规文件 (*.txt *.docx *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="241"/>
        <source>The library already holds 《%1》%2 with %3 article(s). Replace its text with the %4 article(s) of %5? Every learner of this station reads the new text.</source>
        <translation>法规库中已有《%1》%2，共 %3 条。要用 %5 中的 %4 条替换它的文本吗？在本考试机上学习的每个人都将读到新的文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="246"/>
        <source>Replace a law&apos;s text</source>
        <translation>替换法规文本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="247"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="249"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="255"/>
        <source>Imported 《%1》 with %2 article(s).</source>
        <translation>已导入《%1》，共 %2 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="256"/>
        <source>Imported 《%1》 (an amendment or decision) with %2 item(s).</source>
        <translation>已导入《%1》（修正案或决定），共 %2 项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="259"/>
        <source>It replaced the text of the version of %1 held before.</source>
        <translation>已替换此前导入的 %1 版本文本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="261"/>
        <source>It replaced the text held before under this name (the file names no version: a line such as （2023年12月29日…修订） under the title keeps versions apart).</source>
        <translation>已替换此前以同一名称导入的文本（文件未写明版本：在标题下加一行如（2023年12月29日…修订），即可区分不同版本）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="274"/>
        <source>no articles (第…条) were found, only items numbered 一、二、; such items are read only in an amendment or a decision (its name ends 修正案 or 决定). Is this a statute?</source>
        <translation>没有找到条文（第…条），只有以一、二、编号的内容；这种编号只在修正案或决定（名称以“修正案”或“决定”结尾）中读取。这是法规文件吗？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="280"/>
        <source>the file is not plain text (UTF-8, UTF-16 or GB18030). Save it as plain text and try again.</source>
        <translation>该文件不是纯文本（UTF-8、UTF-16 或 GB18030）。请另存为纯文本后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="199"/>
        <source>《%1》 is not in this station&apos;s library.</source>
        <translation>本机法规库中没有《%1》。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="39"/>
        <source>Import a statute…</source>
        <translation>导入法规…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="140"/>
        <source>%1 article(s) found.</source>
        <translation>找到 %1 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="225"/>
        <source>Import a statute</source>
        <translation>导入法规</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="236"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="265"/>
        <source>Please check the text: %1 line break(s) inside sentences were joined back, %2 place(s) had to be guessed (listed in the log).</source>
        <translation>请核对文本：句中的 %1 处换行已接回，%2 处需要推断（详见日志）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="277"/>
        <source>no articles were recognised. Each article must begin on its own line with 第…条, and the first line must be the title.</source>
        <translation>没有识别出任何条文。每一条须另起一行、以“第…条”开头，第一行须是法规名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/library_page.py" line="282"/>
        <source>the file could not be read (%1).</source>
        <translation>无法读取该文件（%1）。</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="28"/>
        <source>Xuefa exam station</source>
        <translation>学法考试系统</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="29"/>
        <source>Legal knowledge study and exam</source>
        <translation>学法用法考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="37"/>
        <source>e.g. 1101010010001</source>
        <translation>例如 1101010010001</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="40"/>
        <location filename="../../desktop/ui/login_window.py" line="94"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="49"/>
        <source>Learner number</source>
        <translation>学号（账号）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="50"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="60"/>
        <source>Forgot your password? Ask your unit administrator to reset it.</source>
        <translation>忘记密码？请联系本单位管理员重置。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="61"/>
        <source>Proctor tools…</source>
        <translation>监考工具…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="63"/>
        <source>Readiness check…</source>
        <translation>就绪检查…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="64"/>
        <source>For IT staff, the day before an exam: is this PC ready?</source>
        <translation>供技术人员在考前一天使用：本机是否已准备就绪？</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="66"/>
        <source>Administration…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="67"/>
        <source>For unit, centre and provincial administrators</source>
        <translation>供单位、考试中心和省级管理员使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="86"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="106"/>
        <source>Enter your learner number and password.</source>
        <translation>请输入学号和密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="111"/>
        <source>Learner number or password is not right.</source>
        <translation>学号或密码不正确。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/login_window.py" line="113"/>
        <source>%n more wrong attempt(s) will lock the account for 15 minutes.</source>
        <translation>
            <numerusform>再输错 %n 次，账号将被锁定15分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/login_window.py" line="117"/>
        <source>Too many wrong passwords. The account is locked for %n minute(s); a unit administrator can also unlock it.</source>
        <translation>
            <numerusform>密码错误次数过多，账号已锁定 %n 分钟；也可以请单位管理员解锁。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="121"/>
        <source>This account is no longer open on this station (retired, or moved to another unit). Ask your unit administrator.</source>
        <translation>该账号在本机已停用（已退休或已调往其他单位）。请联系本单位管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="124"/>
        <source>Your initial password has expired. Ask your unit administrator for a new one.</source>
        <translation>您的初始密码已过期，请联系单位管理员重新发放。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_window.py" line="133"/>
        <source>You must set your own password before you continue.</source>
        <translation>必须先设置自己的密码才能继续。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../desktop/ui/messages.py" line="32"/>
        <source>This file is not a Xuefa exam package. Check that you chose the right file (it ends in .xfp).</source>
        <translation>这个文件不是学法考试包。请确认选择的文件正确（扩展名为 .xfp）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="34"/>
        <source>The exam package is incomplete; it was probably not copied to the end. Copy it again from the original and import it again.</source>
        <translation>考试包不完整，可能没有复制完。请从原文件重新复制后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="36"/>
        <location filename="../../desktop/ui/messages.py" line="38"/>
        <source>The exam package has been changed or damaged since it was issued. Do not use it; ask the exam office for a new copy.</source>
        <translation>考试包在发出后被改动或已损坏。请不要使用，向考试管理部门索取新的考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="40"/>
        <source>The exam package was issued by an authority this station does not trust. Ask the exam-centre administrator.</source>
        <translation>该考试包的发布机构不受本机信任。请联系考点管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="42"/>
        <source>The exam package was made by a newer version of Xuefa. Update this station.</source>
        <translation>该考试包由更新版本的学法系统生成，请升级本机软件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="44"/>
        <source>The start code is not right. Check it with the proctor and type it again.</source>
        <translation>开考码不正确。请与监考老师核对后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="50"/>
        <source>The exam package does not meet this station&apos;s security settings. Ask the exam office for a new copy.</source>
        <translation>该考试包不符合本机的安全设置。请向考试管理部门索取新的考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="52"/>
        <source>The exam package&apos;s content cannot be read. Ask the exam office for a new copy.</source>
        <translation>考试包内容无法读取。请向考试管理部门索取新的考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="53"/>
        <source>This exam&apos;s window has already ended, so the package was not imported.</source>
        <translation>该考试的时间窗口已经结束，考试包未导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="24"/>
        <location filename="../../desktop/ui/messages.py" line="54"/>
        <source>The file cannot be read. Check the USB stick or the folder and try again.</source>
        <translation>文件无法读取。请检查U盘或文件夹后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="14"/>
        <source>The file has been changed or damaged since it was issued. Do not use it; ask your unit admin for a new copy.</source>
        <translation>该文件在发布后被改动或已损坏。请勿使用，请向单位管理员索取新的文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="17"/>
        <source>This file is not a Xuefa course, study plan or practice file (they end in .xfc or .xfs).</source>
        <translation>该文件不是学法课程、学习计划或练习题文件（扩展名为 .xfc 或 .xfs）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="19"/>
        <source>The file is incomplete; copy it again and import it again.</source>
        <translation>该文件不完整。请重新复制后再导入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="22"/>
        <source>The file was issued by an authority this station does not trust. Ask the exam-centre administrator.</source>
        <translation>该文件的发布机构不受本机信任。请联系考试中心管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="25"/>
        <source>This file is far too large to be a course.</source>
        <translation>该文件过大，不可能是课程文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="27"/>
        <source>The file was refused.</source>
        <translation>该文件未被接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="45"/>
        <source>This exam package was made before proctor passwords had their own key (December 2026): it has no proctor codes. Ask the exam office to build it again.</source>
        <translation>此考试包制作于监考密码启用独立密钥（2026年12月）之前，不能使用监考员授权码。请联系考试主管部门重新制作考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="48"/>
        <source>The proctor password is not right for this exam. It is the password on the proctor&apos;s sheet (not the start code).</source>
        <translation>监考密码不正确。监考密码印在监考员的工作单上（不是开考码）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="55"/>
        <source>This file is far too large to be an exam package.</source>
        <translation>该文件过大，不可能是考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="56"/>
        <source>This exam package was not issued for the exam centre this station sends its results to, so results of this exam could never be counted there. It was not imported. Ask the exam office for the package issued for your centre.</source>
        <translation>该考试包不是为本考试机所属的考试中心发布的，这场考试的成绩在那里永远无法计入，因此未导入。请向考试主管部门索取为本中心发布的考试包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="60"/>
        <source>This exam package has been withdrawn by the exam office and cannot be used. Ask the exam office for the current package.</source>
        <translation>该试卷包已被考试机构撤回，不能再使用。请向考试机构索取现行的试卷包。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="63"/>
        <source>The exam package was refused.</source>
        <translation>考试包被拒绝。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="75"/>
        <source>This computer&apos;s date and time are earlier than when this exam was made (%1), so the exam cannot start. Raise your hand: the proctor or IT sets the computer&apos;s date and time right, then start again. If this computer&apos;s date is right, the exam was built on a PC whose date was wrong: the exam office builds it again.</source>
        <translation>本机的日期和时间早于本场考试试卷的制作时间（%1），因此无法开始考试。请举手：由监考员或技术人员把本机日期和时间改正后，再开始考试。如果本机日期无误，说明试卷是在日期有误的电脑上制作的：请考试机构重新制作。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="85"/>
        <source>The exam program or this computer was restarted during the exam, so the exam opens again only with its start code. Raise your hand: the proctor types it. Your answers are saved.</source>
        <translation>考试程序或这台电脑在考试中重新启动过，考试只能用本场考试的开考码再次打开。请举手，由监考员输入开考码。您的答案都已保存。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="88"/>
        <source>This exam has not opened yet.</source>
        <translation>该考试尚未开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="89"/>
        <source>This exam&apos;s window has ended.</source>
        <translation>该考试的时间窗口已经结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="92"/>
        <source>The proctor recorded you as absent from this exam&apos;s sitting, so it cannot be started here. Ask the exam office about a make-up exam.</source>
        <translation>监考员已将您记录为缺考，本场考试不能在此开考。补考事宜请咨询考务办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="95"/>
        <source>You have handed in this exam in this sitting. A further attempt is sat in another sitting (a make-up) that the exam centre arranges; ask the proctor.</source>
        <translation>您已在本场次交卷。再次参加须在考点另行安排的场次（补考）中进行；请咨询监考老师。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="81"/>
        <source>You have used all your attempts at this exam (sat before: %1). If you think this is wrong, ask the exam office.</source>
        <translation>您参加本考试的次数已用完（此前参加：%1）。如有疑问，请咨询考务办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="71"/>
        <source>Your sitting of this exam starts at %1. The start code opens the exam only from an hour before the sitting: wait for the proctor to start it.</source>
        <translation>您这门考试的场次在 %1 开始。开考码只在场次开始前一小时内才能打开考试：请等候监考员开考。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="90"/>
        <source>You have used all your attempts at this exam. If you think this is wrong, ask the exam office.</source>
        <translation>您参加本考试的次数已用完。如有疑问，请咨询考务办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="98"/>
        <source>Your sitting of this exam has been closed by the proctor, so the exam cannot be started in it. Ask the exam office about a make-up exam.</source>
        <translation>您所在的考试场次已由监考员结束，不能在本场次开考。补考事宜请咨询考务办公室。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="101"/>
        <source>This computer&apos;s clock is behind the time the station has already seen, so the exam cannot start by itself. Raise your hand: the proctor needs the code shown to give you a start code.</source>
        <translation>本机时钟早于本考试机已记录的时间，考试不能自行开始。请举手：监考员需要下方显示的本机码，为您生成开考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="104"/>
        <source>This station cannot reach the centre server to confirm that your sitting is still open. Raise your hand: the proctor needs the code shown to give you a start code.</source>
        <translation>本考试机无法连接考试中心服务器，不能确认您的考试场次仍在进行。请举手：监考员需要下方显示的本机码，为您生成开考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="107"/>
        <source>That is not the proctor&apos;s start code for the code shown. Check it with the proctor and type it again.</source>
        <translation>这不是与所示本机码对应的监考授权码。请与监考员核对后重新输入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="109"/>
        <source>This exam is not for your unit or position, or you are exempt from it. If you think this is wrong, ask your unit&apos;s administrator.</source>
        <translation>本场考试不面向您所在的单位或职务，或您已免考。如有疑问，请联系本单位管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="111"/>
        <source>This exam opens when you have the study points it asks for. Go to Study to see what is missing.</source>
        <translation>学法积分达到要求后才能参加本次考试。请到“学习”页查看还差哪些积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="113"/>
        <source>The exam cannot be started.</source>
        <translation>无法开始考试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="120"/>
        <source>on this computer, %1</source>
        <translation>本机，%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="121"/>
        <source>room %1, station %2, %3</source>
        <translation>考场 %1，考试机 %2，%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="127"/>
        <source>The new password needs at least 12 characters.</source>
        <translation>新密码至少需要 12 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="128"/>
        <source>The new password may have at most 128 characters.</source>
        <translation>新密码最多 128 个字符。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="129"/>
        <source>This password is one of the most common ones and easy to guess. Choose another, for example a few words you will remember.</source>
        <translation>这是最常见的密码之一，很容易被猜到。请换一个，例如用几个您记得住的词组成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="131"/>
        <source>This password is only spaces or a few repeated keys and easy to guess. Choose another, for example a few words you will remember.</source>
        <translation>该密码只由空格或少数几个重复的键组成，很容易被猜到。请换一个，例如几个您记得住的词语。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="133"/>
        <source>The new password must differ from the old one.</source>
        <translation>新密码不能与旧密码相同。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="134"/>
        <source>The new password must not contain your learner number.</source>
        <translation>新密码不能包含您的学号。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="135"/>
        <source>The current password is not right.</source>
        <translation>当前密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="136"/>
        <source>The two new passwords are not the same.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/messages.py" line="141"/>
        <source>NOT SAVED. Raise your hand and call the proctor. Do not close the exam; what was saved before is safe.</source>
        <translation>未保存！请举手联系监考老师。不要关闭考试，之前已保存的答案不会丢失。</translation>
    </message>
</context>
<context>
    <name>MockExamPage</name>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="34"/>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="35"/>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="36"/>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="126"/>
        <source>Hand in the mock exam</source>
        <translation>交卷（模拟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="43"/>
        <source>Back to practice</source>
        <translation>返回练习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="72"/>
        <source>Mock exam: %1</source>
        <translation>模拟考试：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="73"/>
        <source>Practice only: not locked down, not counted, not sent anywhere. Pass mark %1 of %2.</source>
        <translation>仅供练习：不锁屏、不计成绩、不上传。满分 %2 分，%1 分合格。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="76"/>
        <source>The practice bank is smaller than the exam, so this mock exam is shorter.</source>
        <translation>练习题库比正式考试题少，所以这次模拟考试题量较少。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="98"/>
        <source>Time left %1:%2</source>
        <translation>剩余时间 %1:%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="123"/>
        <source>Hand in the mock exam now? You cannot change your answers afterwards.</source>
        <translation>现在交卷吗？交卷后不能再修改答案。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="125"/>
        <source>%1 questions have no answer yet.</source>
        <translation>还有 %1 道题未作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="126"/>
        <source>Hand in</source>
        <translation>交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="143"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="143"/>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="144"/>
        <source>passed or not depends on the short answers, which a mock exam does not mark</source>
        <translation>是否合格取决于简答题，模拟考试不批改简答题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="146"/>
        <source>Score %1 of %2 (%3). %4 questions were not fully right; the ones you answered are in your wrong-answer book.</source>
        <translation>得分 %1 / %2（%3）。有 %4 道题没有完全答对；您作答过的错题已记入错题本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/mock_exam_page.py" line="150"/>
        <source>%1 point(s) of short answers are not marked in a mock exam and are not in this score.</source>
        <translation>简答题共 %1 分，模拟考试不批改，未计入本次得分。</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/ui/exam/navigator.py" line="16"/>
        <source>Blue: answered
Orange ⚑: flagged for review
White: not answered</source>
        <translation>蓝色：已答
橙色 ⚑：标记待查
白色：未答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/navigator.py" line="36"/>
        <source>answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/navigator.py" line="36"/>
        <source>not answered</source>
        <translation>未答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/navigator.py" line="37"/>
        <source>flagged</source>
        <translation>已标记</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="28"/>
        <source>Practice questions come from the practice bank, never from an exam. Questions you miss go into your wrong-answer book and come back on later days until you have answered them right twice.</source>
        <translation>练习题来自练习题库，不会出自考试题。答错的题进入错题本，会在以后几天再次出现，直到您答对两次为止。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="33"/>
        <source>Practise %1 questions</source>
        <translation>练习 %1 道题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="38"/>
        <source>Review the wrong-answer book</source>
        <translation>复习错题本</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="41"/>
        <source>Start a mock exam</source>
        <translation>开始模拟考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="43"/>
        <source>Mock exam in the shape of:</source>
        <translation>按此考试模拟：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="47"/>
        <source>Topic:</source>
        <translation>专题：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="62"/>
        <source>Stop practising</source>
        <translation>结束练习</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="89"/>
        <source>All topics (%1)</source>
        <translation>全部专题（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="95"/>
        <source>Wrong-answer book: %1 questions, %2 due today</source>
        <translation>错题本：共 %1 道题，今天需复习 %2 道</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="98"/>
        <source>. The next comes back on %1.</source>
        <translation>。下一道将于 %1 再次出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="123"/>
        <source>The practice bank has no questions of the kinds this exam asks.</source>
        <translation>练习题库中没有这次考试所需题型的题目。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="138"/>
        <source>Right twice on different days: it has left your wrong-answer book.</source>
        <translation>已在不同的两天各答对一次：此题已移出错题本。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="140"/>
        <source>It stays in your wrong-answer book: answer it right %1 more time(s), on a later day.</source>
        <translation>此题仍在错题本中：还须在以后的日子再答对 %1 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="143"/>
        <source>It is in your wrong-answer book and will come back from tomorrow.</source>
        <translation>此题已记入错题本，明天起会再次出现。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/practice_page.py" line="150"/>
        <source>%1 of %2 right.</source>
        <translation>共 %2 道，答对 %1 道。</translation>
    </message>
</context>
<context>
    <name>ProctorActionDialog</name>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="22"/>
        <source>Proctor</source>
        <translation>监考员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="23"/>
        <source>For the proctor, when the network is down: choose the action, make its code in the proctor tool from the code shown here, and type it below; or type the proctor password below instead.</source>
        <translation>供监考员在断网时使用：选择操作，在监考工具中根据这里显示的本机码生成授权码并在下面输入；也可以直接在下面输入监考密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="29"/>
        <source>Restart this learner&apos;s time</source>
        <translation>恢复该考生计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="31"/>
        <source>Extra time for this learner</source>
        <translation>为该考生延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="32"/>
        <source>Pause this learner&apos;s time</source>
        <translation>暂停该考生计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="36"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="38"/>
        <source>e.g. the PC was replaced</source>
        <translation>例如：更换了电脑</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="40"/>
        <source>e.g. 7RQ2-KD4M</source>
        <translation>例如 7RQ2-KD4M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="42"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="43"/>
        <source>Extra time</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="44"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="45"/>
        <source>Code of this station</source>
        <translation>本机码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="46"/>
        <source>Proctor&apos;s code</source>
        <translation>监考员授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="47"/>
        <source>Or proctor password</source>
        <translation>或监考密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="73"/>
        <source>Please give the reason for the extra time (it is recorded).</source>
        <translation>请填写延长时间的原因（将被记录）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="90"/>
        <source>Too many wrong codes. The station shows a new code: make the proctor&apos;s code again for it.</source>
        <translation>授权码错误次数过多。本机已显示新的本机码，请根据新的本机码重新生成监考员授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="93"/>
        <source>Extra time by code is at most %1 minutes for one exam (%2 given so far): more is given from the proctor console, with the network.</source>
        <translation>用授权码延长的时间每场考试最多 %1 分钟（已延长 %2 分钟）：更多时间请在联网时从监考台给予。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="98"/>
        <source>Nothing to do: the time is already in that state.</source>
        <translation>无需操作：计时已处于该状态。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_action_dialog.py" line="100"/>
        <source>That code (or password) is not right for this station and action. Check the action, the minutes and the code, and try again. A station that never reached the centre server knows no codes yet: then the proctor types the proctor password.</source>
        <translation>该授权码（或密码）对本机和此操作无效。请核对操作、分钟数和授权码后重试。从未连上考试中心服务器的考试机还不能核验授权码：这时请监考员直接输入监考密码。</translation>
    </message>
</context>
<context>
    <name>ProctorPasswordDialog</name>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="64"/>
        <source>Too many wrong proctor passwords: the next try is possible in %1 seconds. Each wrong try is recorded.</source>
        <translation>监考密码错误次数过多：%1 秒后可再试。每次输错都会被记录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="78"/>
        <source>Proctor</source>
        <translation>监考老师</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="79"/>
        <source>Only the proctor can close the exam before it is submitted. Your answers so far are saved and the exam can be continued on this station.</source>
        <translation>交卷前只有监考老师可以关闭考试。您已作答的内容都已保存，之后可在本机继续作答。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="83"/>
        <source>e.g. 7RQ2-KD4M</source>
        <translation>例如 7RQ2-KD4M</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="83"/>
        <source>Proctor password</source>
        <translation>监考密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="90"/>
        <source>Proctor: in the proctor tool on your own PC choose &quot;Close this learner&apos;s exam window&quot;, type the code of this station and type the closing code here. The proctor password only when this station knows no codes (it never reached the centre server).</source>
        <translation>监考员：请在您自己电脑上的监考工具中选择“关闭该考生的考试窗口”，输入本机码，再把生成的退出授权码输入这里。只有本机无法核验授权码（从未连上考试中心服务器）时，才在这里输入监考密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="97"/>
        <source>Code of this station</source>
        <translation>本机码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="98"/>
        <source>Closing code</source>
        <translation>退出授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="99"/>
        <source>Or proctor password</source>
        <translation>或监考密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="127"/>
        <source>Too many wrong codes. The station shows a new code: make the closing code again for it.</source>
        <translation>授权码错误次数过多。本机已显示新的本机码，请根据新的本机码重新生成退出授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="130"/>
        <source>That closing code is not right for this station&apos;s code. Check the action in the proctor tool and the code, and try again.</source>
        <translation>该退出授权码与本机码不符。请检查监考工具中选择的操作和授权码后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="139"/>
        <source>That is not the proctor password.</source>
        <translation>监考密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="156"/>
        <source>Try again.</source>
        <translation>请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/proctor_dialog.py" line="162"/>
        <source>That is not the proctor password. %1 wrong tries; the next try is possible in %2 seconds. Each wrong try is recorded.</source>
        <translation>监考密码不正确。已错误 %1 次，%2 秒后可再试。每次输错都会被记录。</translation>
    </message>
</context>
<context>
    <name>ProctorTool</name>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="29"/>
        <source>Proctor tools</source>
        <translation>监考工具</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="30"/>
        <source>When the network is down: choose the exam and what to do, type the exam&apos;s proctor password and the code the station shows, and type the answer into that station. Never read the proctor password out.</source>
        <translation>断网时使用：选择考试和操作，输入该考试的监考密码和考试机上显示的本机码，再把生成的授权码输入那台考试机。切勿念出监考密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="38"/>
        <source>Resume an interrupted exam</source>
        <translation>恢复中断的考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="39"/>
        <source>Extra time for this learner</source>
        <translation>为该考生延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="40"/>
        <source>Pause this learner&apos;s time</source>
        <translation>暂停该考生计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="41"/>
        <source>Restart this learner&apos;s time</source>
        <translation>恢复该考生计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="42"/>
        <source>Let this learner start (clock behind, or no network)</source>
        <translation>允许该考生开考（时钟落后或无法联网确认）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="43"/>
        <source>Close this learner&apos;s exam window</source>
        <translation>关闭该考生的考试窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="48"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="59"/>
        <source>e.g. 4K7Q-M2XD-8R</source>
        <translation>例如 4K7Q-M2XD-8R</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="60"/>
        <source>Make the code</source>
        <translation>生成授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="70"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="71"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="72"/>
        <source>Extra time</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="73"/>
        <source>Proctor password</source>
        <translation>监考密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="74"/>
        <source>Code on the station</source>
        <translation>考试机上显示的本机码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="100"/>
        <source>The station&apos;s code has 10 letters and digits, e.g. 4K7Q-M2XD-8R.</source>
        <translation>考试机上的本机码由 10 位字母和数字组成，例如 4K7Q-M2XD-8R。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="103"/>
        <source>There is no exam on this station.</source>
        <translation>本机没有考试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_tool.py" line="106"/>
        <source>Type the exam&apos;s proctor password.</source>
        <translation>请输入该考试的监考密码。</translation>
    </message>
</context>
<context>
    <name>ProctorWindow</name>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="115"/>
        <source>Proctor console</source>
        <translation>监考台</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="126"/>
        <source>Offline codes (no network)…</source>
        <translation>离线代码（无网络时）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="121"/>
        <source>Proctors log in with the account the centre gave them.</source>
        <translation>监考员使用考试中心分配的账号登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="122"/>
        <source>Centre server</source>
        <translation>考试中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="132"/>
        <source>Start the sitting</source>
        <translation>宣布开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="134"/>
        <source>Close the sitting</source>
        <translation>结束本场考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="135"/>
        <source>Call off…</source>
        <translation>取消本场考试…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="136"/>
        <source>The sitting cannot be held (a power cut, moved to another day): call it off before it starts</source>
        <translation>本场考试无法举行（停电、改期等）时，在开考前取消本场考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="138"/>
        <source>Offline codes…</source>
        <translation>离线代码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="139"/>
        <source>Start code…</source>
        <translation>开考码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="140"/>
        <source>Show and print the start code, for stations that cannot reach the centre server</source>
        <translation>显示并打印开考码，供连不上考试中心服务器的考试机使用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="152"/>
        <source>Seat</source>
        <translation>座位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="152"/>
        <source>Learner</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="152"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="152"/>
        <source>PC</source>
        <translation>考试机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="153"/>
        <source>Answered</source>
        <translation>已答</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="153"/>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="153"/>
        <source>Irregularities</source>
        <translation>异常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="154"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="163"/>
        <source>Extra time…</source>
        <translation>延长时间…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="164"/>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="537"/>
        <source>Pause</source>
        <translation>暂停计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="165"/>
        <source>Resume</source>
        <translation>恢复计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="166"/>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="527"/>
        <source>Hand in</source>
        <translation>代为交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="167"/>
        <source>Record as missing…</source>
        <translation>记为缺考…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="168"/>
        <source>Move to another PC…</source>
        <translation>换机…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="169"/>
        <source>The learner&apos;s PC failed: free the seat from it, so the learner logs in at another PC of this room and goes on.</source>
        <translation>考生的电脑出故障时：解除座位与该电脑的绑定，考生可在本考场另一台电脑上登录继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="172"/>
        <source>Selected seat:</source>
        <translation>选中的座位：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="250"/>
        <source>No sittings today for your units.</source>
        <translation>今天您所在单位没有考试场次。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="268"/>
        <source>Not updated: %1</source>
        <translation>未能刷新：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="271"/>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="271"/>
        <source>waiting</source>
        <translation>等待开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="272"/>
        <source>in progress</source>
        <translation>作答中</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="272"/>
        <source>submitted</source>
        <translation>已交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="273"/>
        <source>missing</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="273"/>
        <source>disconnected</source>
        <translation>失去联系</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="274"/>
        <source>scheduled</source>
        <translation>未开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="274"/>
        <source>started</source>
        <translation>已开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="274"/>
        <source>closing</source>
        <translation>正在结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="275"/>
        <source>closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="332"/>
        <source>Updated %1</source>
        <translation>已刷新 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="353"/>
        <source>Closing: no result yet from %1. Each hands in as soon as its station reaches the server; a seat that cannot, record as missing with the reason.</source>
        <translation>正在结束：%1 尚无成绩。考试机一连上服务器就会自动交卷；无法交卷的座位，请登记为缺考并注明原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="357"/>
        <source>Checked in but never began, by the server&apos;s record: %1. If they did not sit, record each as missing; a station cut off from the server hands in when it is back.</source>
        <translation>按服务器的记录，已签到但未开考：%1。未参加考试的，请逐一登记为缺考；与服务器断开的考试机一恢复连接就会交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="361"/>
        <source>Never logged in: %1. Record each as missing (缺考) with the reason, and the sitting is complete.</source>
        <translation>未登录：%1。请逐一登记为缺考并注明原因，场次即告结束。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="366"/>
        <source>left the window</source>
        <translation>切出窗口</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="366"/>
        <source>clock jumps</source>
        <translation>时钟跳变</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="367"/>
        <source>restarts</source>
        <translation>重启</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="367"/>
        <source>inactive</source>
        <translation>长时间无操作</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="368"/>
        <source>sleeps</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="368"/>
        <source>clock set back</source>
        <translation>时钟回拨</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="369"/>
        <source>system windows (not counted)</source>
        <translation>系统窗口抢焦点（不计）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="370"/>
        <source>more than one screen</source>
        <translation>多个屏幕</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="371"/>
        <source>remote session</source>
        <translation>远程会话</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="371"/>
        <source>virtual machine</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="372"/>
        <source>listed programs running</source>
        <translation>运行禁用程序</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="373"/>
        <source>lost stay-on-top</source>
        <translation>失去置顶</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="374"/>
        <source>left full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="375"/>
        <source>window over the exam</source>
        <translation>窗口覆盖考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="376"/>
        <source>moved off the desktop</source>
        <translation>移出桌面</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="377"/>
        <source>keyboard hold lost</source>
        <translation>键盘锁定失效</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="378"/>
        <source>in a normal window (--windowed)</source>
        <translation>普通窗口（--windowed）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="379"/>
        <source>drags refused</source>
        <translation>拖入被拒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="380"/>
        <source>wrong proctor passwords</source>
        <translation>监考密码错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="416"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="421"/>
        <source>Not done: proctor actions must come from a station enrolled with the centre server. Use the console on an enrolled station, or enrol this one.</source>
        <translation>未执行：监考操作必须在已向考试中心服务器注册的考试机上进行。请在已注册的考试机上使用监考台，或先注册本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="425"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="439"/>
        <source>The centre has no start code for this sitting. Use the one the exam office sent, or ask the centre admin to enter it.</source>
        <translation>考试中心没有本场次的开考码。请使用考试机构发来的开考码，或请考试中心管理员录入。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="466"/>
        <source>Start %1 now? Every learner logged in there begins the exam and their time runs.</source>
        <translation>现在开始 %1？已登录的考生都将开始答题，计时开始。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="471"/>
        <source>It is %1 minutes before the scheduled start (%2).</source>
        <translation>距计划开考时间（%2）还有 %1 分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="473"/>
        <source>Start the exam</source>
        <translation>宣布开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="473"/>
        <source>Start now</source>
        <translation>现在开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="474"/>
        <source>%1 has started</source>
        <translation>%1 已开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="482"/>
        <source>End %1? No one can answer any more; %2 learner(s) still in the exam are handed in with the answers they have. This cannot be undone.</source>
        <translation>结束 %1？所有人将不能再作答；仍在考试中的 %2 名考生将按已作答内容交卷。此操作不可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="486"/>
        <source>%1 learner(s) checked in whose start has not reached the server (%2): one who began is handed in by the station; one who did not gets no result, so record them as missing (缺考).</source>
        <translation>%1 名考生已签到，但服务器未收到其开考（%2）：已开考的，由考试机交卷；未开考的没有成绩，请登记为缺考。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="492"/>
        <source>%1 learner(s) never logged in (%2): they get no result; record each as missing (缺考) with the reason, and the sitting is complete.</source>
        <translation>有 %1 名考生始终未登录（%2）：他们没有成绩；请逐一记为缺考并填写原因，本场考试即告完成。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="496"/>
        <source>End the sitting</source>
        <translation>结束本场考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="497"/>
        <source>%1 is ending</source>
        <translation>%1 正在结束</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="508"/>
        <source>Call off the sitting</source>
        <translation>取消本场考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="509"/>
        <source>Call off %1? It has not started. It is closed for good, and its %2 learner(s) can be seated in another sitting. This cannot be undone.
Why is it called off? (recorded)</source>
        <translation>取消 %1？本场考试尚未开始。取消后本场考试永久关闭，其中的 %2 名考生可以编排到其他场次。此操作无法撤销。
取消的原因是什么？（将被记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="515"/>
        <source>Not called off: say why the sitting is called off.</source>
        <translation>未取消：请说明取消本场考试的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="518"/>
        <source>%1 is called off</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="524"/>
        <source>Hand in for %1 now? They cannot answer any more; the result counts the %2 answer(s) given so far. This cannot be undone.</source>
        <translation>现在为 %1 代为交卷？该考生将不能再作答；成绩按目前已作答的 %2 题计算。此操作不可撤销。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="527"/>
        <source>Hand in for a learner</source>
        <translation>代为交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="529"/>
        <source>handed in for %1</source>
        <translation>已为 %1 代为交卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="535"/>
        <source>Pause the clock of %1? Their screen is covered until you restart the clock; the time stopped is not lost.</source>
        <translation>暂停 %1 的计时？在您恢复计时之前，其屏幕将被遮盖；暂停的时间不会损失。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="539"/>
        <source>the clock of %1 is paused</source>
        <translation>已暂停 %1 的计时</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="552"/>
        <source>%1 minute(s) more for %2</source>
        <translation>已为 %2 延长 %1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="564"/>
        <source>Move to another PC</source>
        <translation>换机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="565"/>
        <source>Free the seat of %1 from the PC %2? The learner then logs in at another PC of this room (what the failed PC holds stays there until it is back). Why (recorded)?</source>
        <translation>解除 %1 的座位与电脑 %2 的绑定？考生随后可在本考场另一台电脑上登录（故障电脑上保存的内容留在该电脑上，待其恢复后上传）。原因（将被记录）：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="571"/>
        <source>Not moved: a reason is needed.</source>
        <translation>未调换：需要填写原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="575"/>
        <source>the seat of %1 is freed from %2</source>
        <translation>已解除 %1 的座位与 %2 的绑定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="597"/>
        <source>Record as missing</source>
        <translation>记为缺考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="598"/>
        <source>Record %1 as missing (缺考)? They can then not sit this sitting. Why has the learner no result? (recorded)</source>
        <translation>将 %1 登记为缺考？此后该考生不能参加本场考试。该考生为什么没有成绩？（将记录在案）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="604"/>
        <source>Not recorded: a missing record needs the reason why the learner has no result.</source>
        <translation>未记录：记为缺考需要填写考生没有成绩的原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/proctor_window.py" line="608"/>
        <source>%1 is recorded as missing</source>
        <translation>已将 %1 记为缺考</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="271"/>
        <source>My profile</source>
        <translation>个人资料</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="273"/>
        <source>11-digit mobile number</source>
        <translation>11 位手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="278"/>
        <source>Mobile phone</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="279"/>
        <source>E-mail (optional)</source>
        <translation>电子邮箱（可不填）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="289"/>
        <source>Enter an 11-digit mobile number beginning with 1.</source>
        <translation>请输入以 1 开头的 11 位手机号码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="293"/>
        <source>The e-mail address does not look right.</source>
        <translation>电子邮箱格式不正确。</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="9"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/qt_words.py" line="9"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QuestionDrill</name>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="42"/>
        <source>Check my answer</source>
        <translation>核对答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="44"/>
        <location filename="../../desktop/ui/learner/question_drill.py" line="103"/>
        <source>Next question</source>
        <translation>下一题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="89"/>
        <source>Not right. The answer is %1 (you answered %2).</source>
        <translation>答错了。正确答案是 %1（您的答案：%2）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="91"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="88"/>
        <source>Right.</source>
        <translation>回答正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="95"/>
        <source>Explanation:</source>
        <translation>解析：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/question_drill.py" line="103"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="203"/>
        <source>Correct question %1</source>
        <translation>修改试题 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="215"/>
        <source>Why it changes (kept in the history)</source>
        <translation>修改原因（记入修改记录）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="220"/>
        <source>Stem</source>
        <translation>题干</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="221"/>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="222"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="223"/>
        <source>Category</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="224"/>
        <source>Difficulty</source>
        <translation>难度</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="225"/>
        <source>Explanation</source>
        <translation>解析</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="226"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/banks_page.py" line="266"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>QuestionImportDialog</name>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="31"/>
        <location filename="../../desktop/ui/admin/question_import.py" line="178"/>
        <source>Import questions</source>
        <translation>导入试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="38"/>
        <location filename="../../desktop/ui/admin/question_import.py" line="100"/>
        <source>No file chosen</source>
        <translation>未选择文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="40"/>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="41"/>
        <source>Import the valid questions even if some rows have problems (those rows are left out)</source>
        <translation>即使部分行有问题，也导入有效的试题（有问题的行不导入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="43"/>
        <source>Let the import change questions already in the bank (each change is kept as a new version)</source>
        <translation>允许本次导入修改题库中已有的试题（每次修改保留为新版本）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="45"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="46"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="49"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="53"/>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="53"/>
        <source>Where and why</source>
        <translation>位置和原因</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="63"/>
        <source>Bank</source>
        <translation>题库</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="64"/>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="77"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="78"/>
        <source>Questions as read</source>
        <translation>读取的试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="93"/>
        <source>Question bank files</source>
        <translation>题库文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="94"/>
        <source>Question banks (%1);;All files (*)</source>
        <translation>题库文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="119"/>
        <source>Choose the bank files first.</source>
        <translation>请先选择题库文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="122"/>
        <source>Name the bank the questions go into.</source>
        <translation>请填写试题要导入的题库名称。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="124"/>
        <source>Reading the files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="131"/>
        <source>Questions as read (%1)</source>
        <translation>读取的试题（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="134"/>
        <source>Check the questions as read (second tab) before importing.</source>
        <translation>导入前请在“读取的试题”页核对每道题。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="141"/>
        <source>Nothing will be imported while there are problems: fix the files, or tick the first box to import the %1 valid question(s) and leave those rows out.</source>
        <translation>存在问题时不会导入任何试题：请修改文件，或勾选第一个选项，导入 %1 道有效试题并跳过有问题的行。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="145"/>
        <source>Questions already in the bank would change (listed): tick the second box to allow it.</source>
        <translation>题库中已有的试题将被修改（见下表）：如确认，请勾选第二个选项。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="148"/>
        <source>Imported into %1: %2 added, %3 changed, %4 unchanged.</source>
        <translation>已导入 %1：新增 %2 道，修改 %3 道，未变 %4 道。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="149"/>
        <source>Into %1 this would add %2, change %3, and leave %4 unchanged.</source>
        <translation>导入 %1 将新增 %2 道，修改 %3 道，%4 道不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="154"/>
        <source>refused whole</source>
        <translation>整个文件被拒绝</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="155"/>
        <source>%1 question(s) read</source>
        <translation>读取到 %1 道试题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="157"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="158"/>
        <source>would change</source>
        <translation>将修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="158"/>
        <source>changed</source>
        <translation>已修改</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="159"/>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="160"/>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="175"/>
        <source>Import into the bank %1: add %2 question(s) and change %3 (each change kept as a new version)? Nothing else in the bank changes.</source>
        <translation>导入到题库 %1：新增 %2 道试题，修改 %3 道（每次修改保留为新版本）？题库中其他试题不变。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="180"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="201"/>
        <source>Nothing was imported: the report below says why.</source>
        <translation>未导入任何试题：原因见下表。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="205"/>
        <source>The file %1 cannot be read: check the USB stick or the folder, and choose the files again.</source>
        <translation>无法读取文件 %1：请检查U盘或文件夹，然后重新选择文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/question_import.py" line="208"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
</context>
<context>
    <name>QuestionView</name>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="116"/>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="116"/>
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="117"/>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="117"/>
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="118"/>
        <source>Short answer (marked later)</source>
        <translation>简答题（人工阅卷）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="125"/>
        <source>Question %1 of %2 · %3 · %4 point(s)</source>
        <translation>第 %1 题 / 共 %2 题 · %3 · %4 分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="154"/>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="154"/>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="172"/>
        <source>Blank %1</source>
        <translation>第 %1 空</translation>
    </message>
</context>
<context>
    <name>QuestionsAsRead</name>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="15"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="15"/>
        <source>Type</source>
        <translation>题型</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="15"/>
        <source>Question and options</source>
        <translation>题干和选项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="16"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="25"/>
        <source>Single choice</source>
        <translation>单选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="25"/>
        <source>Multiple choice</source>
        <translation>多选题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="26"/>
        <source>True or false</source>
        <translation>判断题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="26"/>
        <source>Fill in the blank</source>
        <translation>填空题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="27"/>
        <source>Short answer</source>
        <translation>简答题</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="32"/>
        <source>True</source>
        <translation>正确</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="32"/>
        <source>False</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="39"/>
        <source>The first %1 of %2 questions are shown here; `xuefa-server import-questions --preview` lists them all.</source>
        <translation>此处只列出 %2 道试题中的前 %1 道；用 `xuefa-server import-questions --preview` 可列出全部。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="53"/>
        <source>Points: %1</source>
        <translation>分值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/questions_as_read.py" line="55"/>
        <source>Explanation: %1</source>
        <translation>解析：%1</translation>
    </message>
</context>
<context>
    <name>RateChart</name>
    <message>
        <location filename="../../desktop/ui/admin/rate_chart.py" line="46"/>
        <source>participation rate</source>
        <translation>参考率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/rate_chart.py" line="46"/>
        <source>pass rate</source>
        <translation>合格率</translation>
    </message>
</context>
<context>
    <name>ReaderPage</name>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="39"/>
        <source>Previous chapter</source>
        <translation>上一章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="40"/>
        <source>Next chapter</source>
        <translation>下一章</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="41"/>
        <source>Chapter quiz</source>
        <translation>章节测验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="43"/>
        <source>Back to my courses</source>
        <translation>返回我的课程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="122"/>
        <source>Paused: no activity for a while, so this time is not counted. Scroll or move the mouse to go on.</source>
        <translation>已暂停计时：较长时间没有操作，这段时间不计入学习时长。滚动页面或移动鼠标即可继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="127"/>
        <source>Reading time is being counted: %1 min %2 s in this chapter.</source>
        <translation>正在计入学习时长：本章已学 %1 分 %2 秒。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/reader_page.py" line="153"/>
        <source>Study points from %1: %2 of %3 (every %4 active minutes earn %5).</source>
        <translation>“%1”学分：%2 / %3（每有效学习 %4 分钟得 %5 分）。</translation>
    </message>
</context>
<context>
    <name>ReadinessDialog</name>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="26"/>
        <source>Readiness check</source>
        <translation>就绪检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="28"/>
        <source>Checks this PC for exam day: the window system, Chinese fonts, the data folder, the clock, the centre server, and a practice exam with the network cut. Nothing of this station&apos;s own data is touched.</source>
        <translation>检查本机能否用于考试：窗口系统、中文字体、数据文件夹、时钟、考试中心服务器，并在断网情况下模拟一场练习考试。不会改动本机的任何数据。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="32"/>
        <source>Run the check</source>
        <translation>开始检查</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="42"/>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="42"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="42"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="65"/>
        <source>Checking… (about half a minute)</source>
        <translation>正在检查…（约半分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="72"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="72"/>
        <source>FAILED</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="72"/>
        <source>warning</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="74"/>
        <source>skipped</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="77"/>
        <source>What to do</source>
        <translation>处理办法</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/readiness_dialog.py" line="86"/>
        <source>Ready for exam day: every check passed; read the %n warning(s) below.</source>
        <translation>
            <numerusform>已就绪：全部检查通过；请阅读下方的 %n 条提醒。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="87"/>
        <source>Ready for exam day: every check passed.</source>
        <translation>已就绪：所有检查均已通过。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/ui/readiness_dialog.py" line="85"/>
        <source>NOT ready: %n check(s) failed. See what to do below.</source>
        <translation>
            <numerusform>未就绪：有 %n 项检查未通过。请查看下方的处理办法。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/readiness_dialog.py" line="91"/>
        <source>The check itself could not run: %1</source>
        <translation>检查本身无法运行：%1</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="31"/>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="31"/>
        <source>not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="32"/>
        <source>awaiting marking of short answers</source>
        <translation>待简答题阅卷</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="34"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="35"/>
        <source>Learner</source>
        <translation>考生</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="36"/>
        <source>Score</source>
        <translation>成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="37"/>
        <source>Submitted at</source>
        <translation>交卷时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="38"/>
        <source>Result id</source>
        <translation>成绩编号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="39"/>
        <source>Content hash (SHA-256)</source>
        <translation>内容校验值（SHA-256）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="41"/>
        <location filename="../../desktop/ui/exam/receipt.py" line="69"/>
        <source>Exam receipt</source>
        <translation>考试回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/receipt.py" line="42"/>
        <source>Keep this receipt. The result id and hash identify your sealed result; the exam office can check it against what it received.</source>
        <translation>请妥善保存本回执。成绩编号和校验值唯一标识您已封存的成绩，考试管理部门可据此核对。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="33"/>
        <source>Leaders only</source>
        <translation>仅领导干部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="34"/>
        <source>◀ Up</source>
        <translation>◀ 上一级</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="35"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="36"/>
        <source>Export to PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="41"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="41"/>
        <source>Should sit</source>
        <translation>应考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="41"/>
        <source>Exempt</source>
        <translation>免考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="41"/>
        <source>Sat</source>
        <translation>实考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="41"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="42"/>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="42"/>
        <source>Absent</source>
        <translation>缺考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="42"/>
        <source>Participation</source>
        <translation>参考率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="42"/>
        <source>Pass rate</source>
        <translation>合格率</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="43"/>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="43"/>
        <source>Average study points</source>
        <translation>平均学法积分</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="56"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="65"/>
        <source>Double-click a unit to see the units under it.</source>
        <translation>双击某个单位，可查看其下属单位。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="85"/>
        <source>This server holds no exam yet.</source>
        <translation>本服务器还没有考试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="95"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="109"/>
        <source>%1 (all)</source>
        <translation>%1（合计）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="111"/>
        <source>%1 (its own staff)</source>
        <translation>%1（本级人员）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="123"/>
        <source>Computed by the server from every result it holds.</source>
        <translation>由服务器根据其持有的全部成绩计算。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="146"/>
        <location filename="../../desktop/ui/admin/reports_page.py" line="154"/>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="146"/>
        <source>report.xlsx</source>
        <translation>报表.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="147"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="154"/>
        <source>report.pdf</source>
        <translation>报表.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="155"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="167"/>
        <source>leaders</source>
        <translation>领导干部</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="171"/>
        <source>The report was not saved: %1</source>
        <translation>报表未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="173"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="176"/>
        <source>Not loaded: %1</source>
        <translation>未能加载：%1</translation>
    </message>
</context>
<context>
    <name>ResultWindow</name>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="25"/>
        <source>Your result</source>
        <translation>考试成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="32"/>
        <source>Score: %1 of %2 (pass mark %3)</source>
        <translation>成绩：%1 分（满分 %2 分，合格线 %3 分）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="35"/>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="35"/>
        <source>Not passed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="36"/>
        <source>Depends on the short answers, which are marked later</source>
        <translation>待简答题人工阅卷后确定</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="42"/>
        <source>%1 point(s) of short answers are marked later and are not in this score.</source>
        <translation>简答题共 %1 分，人工阅卷后计入，当前成绩不含此部分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="45"/>
        <source>Time ran out, so the exam was submitted automatically.</source>
        <translation>考试时间已到，系统已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="46"/>
        <source>The exam window was left too often, so the exam was submitted.</source>
        <translation>离开考试窗口次数过多，系统已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="47"/>
        <source>The exam window was left for too long, so the exam was submitted.</source>
        <translation>离开考试窗口时间过长，系统已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="49"/>
        <source>There was no activity for too long, so the exam was submitted.</source>
        <translation>长时间没有操作，系统已自动交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="50"/>
        <source>The proctor handed in your exam with the answers you had given.</source>
        <translation>监考老师已按您已作答的内容代为交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="52"/>
        <source>The exam was submitted for you.</source>
        <translation>您的考试已被代为交卷。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="55"/>
        <source>Review</source>
        <translation>答题回顾</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="61"/>
        <source>Save receipt as PDF…</source>
        <translation>回执另存为 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="62"/>
        <source>Print receipt…</source>
        <translation>打印回执…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="63"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="76"/>
        <source>receipt-%1.pdf</source>
        <translation>考试回执-%1.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="77"/>
        <location filename="../../desktop/ui/exam/result_window.py" line="83"/>
        <source>Save receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="77"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/result_window.py" line="83"/>
        <source>The receipt could not be saved: %1</source>
        <translation>回执未能保存：%1</translation>
    </message>
</context>
<context>
    <name>ResumeGate</name>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="24"/>
        <source>This exam was interrupted</source>
        <translation>考试曾经中断</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="26"/>
        <source>This computer&apos;s clock is behind the time the station has already seen. Your answers are saved. Raise your hand: the proctor checks the computer&apos;s date and time, and needs the code below to give you a resume code.</source>
        <translation>本机时钟早于本考试机已记录的时间。您的答案已保存。请举手示意监考员：监考员需要核对本机的日期和时间，并需要下面的本机码来为您生成续考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="29"/>
        <source>The station was away longer than allowed. Your answers are saved. Raise your hand: the proctor needs the code below to give you a resume code.</source>
        <translation>考试机中断的时间超过了允许范围。您的答案已保存。请举手示意监考员：监考员需要下面的本机码来为您生成续考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="33"/>
        <source>Resume code from the proctor</source>
        <translation>监考员给的续考授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="33"/>
        <source>Or the proctor password (typed by the proctor)</source>
        <translation>或监考密码（由监考员输入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="35"/>
        <source>Continue the exam</source>
        <translation>继续考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="63"/>
        <source>Too many wrong codes. The code to tell the proctor has changed; ask for a new resume code.</source>
        <translation>错误次数过多。需要告诉监考员的本机码已经更换，请重新索取续考授权码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/resume_gate.py" line="66"/>
        <source>That is not the resume code for this station, or not the proctor password. Check it with the proctor and type it again. A station that never reached the centre server knows no codes yet: then the proctor types the proctor password.</source>
        <translation>这不是本机的续考授权码，也不是监考密码。请与监考员核对后重新输入。从未连上考试中心服务器的考试机还不能核验授权码：这时请监考员直接输入监考密码。</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="34"/>
        <source>Learner number</source>
        <translation>学号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="34"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="35"/>
        <source>Rank</source>
        <translation>职务级别</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="35"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="35"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="42"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="43"/>
        <source>Personal archive…</source>
        <translation>一人一档…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="44"/>
        <source>Import an Excel roster…</source>
        <translation>导入 Excel 名单…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="45"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="34"/>
        <location filename="../../desktop/ui/admin/roster_page.py" line="49"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="30"/>
        <source>With the units under it</source>
        <translation>含下属单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="93"/>
        <source>active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="93"/>
        <source>transferred</source>
        <translation>已调出</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="93"/>
        <source>retired</source>
        <translation>已退休</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="94"/>
        <source>exempt</source>
        <translation>免考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="97"/>
        <source> (leader)</source>
        <translation>（领导干部）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="100"/>
        <source>exempt: %1</source>
        <translation>免考：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="102"/>
        <source> (until %1)</source>
        <translation>（至 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="107"/>
        <source>%1 learner(s)</source>
        <translation>共 %1 人</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="125"/>
        <location filename="../../desktop/ui/admin/roster_page.py" line="128"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="126"/>
        <source>Give %1 a new one-time initial password? Their old password stops working at every station once it has synced; they must choose a new one at their next login.</source>
        <translation>为 %1 生成新的一次性初始密码？各考试机同步后，其原密码即失效；下次登录时必须设置新密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="137"/>
        <source>New one-time password for %1: %2. Give it to the learner in person; they choose their own at the first login.</source>
        <translation>%1 的新一次性密码：%2。请当面交给本人；本人首次登录时须设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="154"/>
        <source>Excel roster</source>
        <translation>Excel 名单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="155"/>
        <source>Excel workbooks (*.xlsx *.xls);;All files (*)</source>
        <translation>Excel 工作簿 (*.xlsx *.xls);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="172"/>
        <source>Importing %1… Each new learner&apos;s one-time password takes the server about a tenth of a second to make (a roster of 1,000 new learners about two minutes): wait for this line to change.</source>
        <translation>正在导入 %1……服务器为每位新考生生成一次性密码约需十分之一秒（1000 名新考生约两分钟）：请等待本行文字变化。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="179"/>
        <source>%1: %2 new learner(s), %3 updated (%4 moved to another unit).</source>
        <translation>%1：新增 %2 人，更新 %3 人（其中 %4 人调往其他单位）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="182"/>
        <source>Account slips with the one-time passwords: %1 (print, hand out, then delete the file).</source>
        <translation>含一次性密码的账号凭条：%1（打印、分发后请删除该文件）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="185"/>
        <source>The account slips could not be written: %1. Reset those passwords to print new ones.</source>
        <translation>无法写入账号凭条：%1。请为这些人员重置密码以打印新凭条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="199"/>
        <source>The server took the roster but its answer did not come back, so it may have been imported. Look the new learners up in this list before importing it again: if they are there, give them new passwords with Reset password…</source>
        <translation>服务器已收到名册，但没有返回结果，名册可能已经导入。再次导入前请先在本列表中查找这些新考生：如果已经在列表中，请用“重置密码…”为他们重新生成密码。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="204"/>
        <source>Nothing was changed. Fix these and import the file again:</source>
        <translation>未做任何更改。请改正以下问题后重新导入：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="206"/>
        <location filename="../../desktop/ui/admin/roster_page.py" line="224"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="209"/>
        <source>Export the roster</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="209"/>
        <source>roster.xlsx</source>
        <translation>名单.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="210"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/roster_page.py" line="220"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
</context>
<context>
    <name>Selftest</name>
    <message>
        <location filename="../../desktop/selftest.py" line="28"/>
        <source>Qt platform plugin</source>
        <translation>窗口系统（Qt 平台插件）</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="29"/>
        <source>Chinese fonts</source>
        <translation>中文字体</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="30"/>
        <source>Translations</source>
        <translation>界面翻译</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="31"/>
        <source>Cryptography</source>
        <translation>加密组件</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="32"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="33"/>
        <source>Data folder&apos;s place</source>
        <translation>数据文件夹位置</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="34"/>
        <source>Resources</source>
        <translation>程序资源</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="35"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="36"/>
        <source>Centre server</source>
        <translation>考试中心服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="37"/>
        <source>Station keys</source>
        <translation>本机密钥</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="38"/>
        <source>Exam PC</source>
        <translation>考试机环境</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="39"/>
        <source>Reinstall Xuefa from the installer.</source>
        <translation>请用安装包重新安装学法考试系统。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="105"/>
        <source>Exams will not start on this PC as it is: use one screen only, sit at the PC itself (not a remote session) and close remote control, screen sharing and recording programs. Then check again.</source>
        <translation>本机目前无法开始考试：请只使用一个屏幕，在本机上操作（不要使用远程会话），并关闭远程控制、屏幕共享和录屏程序，然后再检查一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="111"/>
        <source>Log in to an X11 (Xorg) session for exams (on the login screen&apos;s session menu), or ask IT to set up the exam account as docs/installing.md describes.</source>
        <translation>考试请登录 X11（Xorg）会话（在登录界面的会话菜单中选择），或请 IT 按 docs/installing.md 设置考试账户。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="134"/>
        <source>Windows: reinstall Xuefa (the platforms folder is missing or damaged). Linux: install the X11 libraries (apt install libxcb-cursor0 libxkbcommon-x11-0) or run under a desktop session.</source>
        <translation>Windows：请重新安装学法考试系统（platforms 文件夹缺失或损坏）。Linux：请安装 X11 库（apt install libxcb-cursor0 libxkbcommon-x11-0），或在桌面会话中运行。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="146"/>
        <source>Windows: install the Chinese language pack (Microsoft YaHei). Linux: apt install fonts-noto-cjk.</source>
        <translation>Windows：请安装中文语言包（微软雅黑）。Linux：apt install fonts-noto-cjk。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="177"/>
        <source>Reinstall Xuefa; if it persists, this PC must not be used for exams.</source>
        <translation>请重新安装学法考试系统；如果问题仍然存在，这台电脑不能用于考试。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="208"/>
        <source>Give this Windows user write access to the folder, or choose another folder with --data-dir; on a full disk free some space.</source>
        <translation>请给当前 Windows 用户该文件夹的写入权限，或用 --data-dir 选择其他文件夹；如果磁盘已满，请清理出空间。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="214"/>
        <source>Use a local disk, not a network drive, for the data folder.</source>
        <translation>数据文件夹请放在本地磁盘上，不要放在网络驱动器上。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="217"/>
        <source>Use a local disk, not a network drive or a failing disk.</source>
        <translation>请使用本地磁盘，不要使用网络驱动器或有故障的磁盘。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="219"/>
        <source>Free at least 200 MB on this disk.</source>
        <translation>请在这个磁盘上至少腾出 200 MB 空间。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="235"/>
        <source>Never open that copy; delete it once the station works from this folder.</source>
        <translation>不要打开那个副本；确认考试机在本文件夹中正常工作后删除它。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="241"/>
        <source>Deliver its results (xuefa --data-dir with that folder, then sync or export-results), then delete that folder.</source>
        <translation>请上交其中的成绩（xuefa --data-dir 加上那个文件夹，再用 sync 或 export-results），然后删除那个文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="248"/>
        <source>As the PC&apos;s administrator, choose the folder for every account: xuefa data-folder set FOLDER --move</source>
        <translation>请以本机管理员身份为所有用户选定文件夹：xuefa data-folder set 文件夹 --move</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="255"/>
        <source>Choose a folder on a disk: xuefa data-folder set /srv/xuefa --group users --move</source>
        <translation>请选择磁盘上的文件夹：xuefa data-folder set /srv/xuefa --group users --move</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="262"/>
        <source>If the PC has a restore card, choose a folder on a disk it does not restore: xuefa data-folder set D:\XuefaData --move</source>
        <translation>如本机装有还原卡，请选择它不还原的磁盘上的文件夹：xuefa data-folder set D:\XuefaData --move</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="282"/>
        <source>Install and start the Xuefa key service as the system (docs/station-keys.md), then start the station once.</source>
        <translation>以系统身份安装并启动学法密钥服务（见 docs/station-keys.md），然后启动一次本考试机程序。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="353"/>
        <source>Set the date and time (and the time zone, 中国标准时间 UTC+8) in the system settings.</source>
        <translation>请在系统设置中调整日期和时间（以及时区：中国标准时间 UTC+8）。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="375"/>
        <source>The server&apos;s certificate is not the one this station trusts: ask the centre admin; if the server was really replaced, enrol this station again.</source>
        <translation>服务器证书与本考试机信任的证书不符：请联系考试中心管理员；如服务器确已更换，请重新注册本考试机。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="381"/>
        <source>Check the network cable and that the centre server is running; on exam day the station also works without it (results wait on the station).</source>
        <translation>请检查网线，并确认考试中心服务器正在运行；考试当天没有服务器本机也能考试（成绩会先保存在本机）。</translation>
    </message>
    <message>
        <location filename="../../desktop/selftest.py" line="394"/>
        <source>Set this PC&apos;s time (or let it take the time from the centre&apos;s time server).</source>
        <translation>请调整本机时间（或让本机从考试中心的时间服务器同步时间）。</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="30"/>
        <source>Practice: open the exam</source>
        <translation>模拟考试：打开试卷</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="31"/>
        <source>Practice: save answers</source>
        <translation>模拟考试：保存答案</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="32"/>
        <source>Practice: network lost</source>
        <translation>模拟考试：断网</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="33"/>
        <source>Practice: USB bundle</source>
        <translation>模拟考试：U盘成绩文件</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="34"/>
        <source>Practice exam</source>
        <translation>模拟考试</translation>
    </message>
    <message>
        <location filename="../../desktop/readiness.py" line="35"/>
        <source>Report this to the Xuefa team with xuefa.log from the data folder.</source>
        <translation>请将此情况连同数据文件夹中的 xuefa.log 报告给学法系统技术支持。</translation>
    </message>
</context>
<context>
    <name>ServerLoginForm</name>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="23"/>
        <source>e.g. GA1G-SPK1-PY4R-WSBQ-F2HH (xuefa-server tls show)</source>
        <translation>例如 GA1G-SPK1-PY4R-WSBQ-F2HH（xuefa-server tls show）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="27"/>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="35"/>
        <source>Certificate fingerprint</source>
        <translation>证书指纹</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="36"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="37"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="61"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>无法连接服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="62"/>
        <source>The user name or password is not right.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="63"/>
        <source>Too many wrong passwords: the account is locked for 15 minutes.</source>
        <translation>密码错误次数过多，账号已锁定15分钟。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="64"/>
        <source>This account is disabled. Ask the administrator above you.</source>
        <translation>此账号已停用，请联系您的上级管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="65"/>
        <source>The server is busy. Wait a moment and log in again.</source>
        <translation>服务器繁忙，请稍候再登录。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="66"/>
        <source>Too many logins from this computer. Wait a minute and try again.</source>
        <translation>本机登录次数过多，请等一分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="67"/>
        <source>This server&apos;s certificate is not the one given for it: another computer may be answering at this address. Nothing was sent. Check the address and the fingerprint with the server&apos;s administrator.</source>
        <translation>此服务器的证书与所给的证书指纹不符：可能是另一台计算机在此地址应答。未发送任何内容。请与服务器管理员核对地址和证书指纹。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="70"/>
        <source>Type the server&apos;s certificate fingerprint (its administrator reads it with xuefa-server tls show).</source>
        <translation>请输入服务器的证书指纹（服务器管理员可用 xuefa-server tls show 查看）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="72"/>
        <source>The fingerprint is not right: 20 to 52 letters and digits, as xuefa-server tls show prints it.</source>
        <translation>证书指纹不正确：应为 20 至 52 个字母和数字，与 xuefa-server tls show 显示的一致。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="74"/>
        <source>The address must start with https:// (plain http:// only for this PC itself).</source>
        <translation>地址必须以 https:// 开头（只有本机才可用 http://）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="75"/>
        <source>The computer at that address did not answer as a Xuefa server (a web login page or a proxy may be in the way). Check the address and the port.</source>
        <translation>该地址上的计算机没有以学法服务器的方式应答（可能有上网认证页面或代理挡在中间）。请检查地址和端口。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/server_login.py" line="77"/>
        <source>The server took the request but gave no answer in time. Wait a moment and log in again.</source>
        <translation>服务器已收到请求，但没有及时应答。请稍候再登录。</translation>
    </message>
</context>
<context>
    <name>StartApprovalDialog</name>
    <message>
        <location filename="../../desktop/ui/exam/start_approval_dialog.py" line="26"/>
        <source>The proctor&apos;s code is needed</source>
        <translation>需要监考员授权码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_approval_dialog.py" line="30"/>
        <source>The proctor&apos;s code for this seat (8 letters and digits)</source>
        <translation>监考员为本座位给出的授权码（8位字母和数字）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_approval_dialog.py" line="31"/>
        <source>Or the proctor password (typed by the proctor)</source>
        <translation>或监考密码（由监考员输入）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_approval_dialog.py" line="33"/>
        <source>Start the exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_approval_dialog.py" line="43"/>
        <source>That is the room&apos;s start code. Here the proctor gives a code for this seat: 8 letters and digits, made from the code shown above.</source>
        <translation>这是考场的开考码。此处需要监考员为本座位给出的授权码：8位字母和数字，由上方显示的本机码生成。</translation>
    </message>
</context>
<context>
    <name>StartCodeDialog</name>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="22"/>
        <source>Start code</source>
        <translation>开考码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="23"/>
        <source>Exam: %1

Type the start code the proctor reads out or writes on the board (12 letters and digits; dashes and spaces do not matter).</source>
        <translation>考试：%1

请输入监考老师宣读或写在黑板上的开考码（12位字母和数字；短横线和空格可以不输）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="32"/>
        <source>Start the exam</source>
        <translation>开始考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="32"/>
        <source>Continue the exam</source>
        <translation>继续考试</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="60"/>
        <source>Checking the code and opening the paper…</source>
        <translation>正在核对开考码并打开试卷…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/start_code_dialog.py" line="78"/>
        <source>The paper could not be opened: %1</source>
        <translation>试卷未能打开：%1</translation>
    </message>
</context>
<context>
    <name>StartCodeSlip</name>
    <message>
        <location filename="../../desktop/ui/proctor/start_code_slip.py" line="20"/>
        <source>Start code</source>
        <translation>开考码</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/start_code_slip.py" line="22"/>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/start_code_slip.py" line="24"/>
        <source>Only if the stations cannot reach the centre server: read this code out at the start; each learner types it on the station. Keep the slip with you; it is not for the learners&apos; desks.</source>
        <translation>仅在考试机连不上考试中心服务器时使用：开考时宣读此码，由考生在考试机上输入。请随身保管本凭条，不要放在考生桌上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/proctor/start_code_slip.py" line="36"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desktop/startup.py" line="93"/>
        <source>This station was moved to another folder:
%1

The folder opened here is kept only as it was. Start Xuefa without --data-dir, or with the new folder.</source>
        <translation>本考试机已迁移到另一个文件夹：
%1

这里打开的文件夹只作原样保留。请不加 --data-dir 启动学法，或改用新文件夹。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="97"/>
        <source>This station&apos;s data folder has lost its keys file:
%1

Nothing was opened or changed. Call the exam-centre IT staff: the keys file must be put back from the backup or the PC the folder was copied from.</source>
        <translation>本考试机的数据文件夹丢失了密钥文件：
%1

未打开也未更改任何内容。请联系考点技术人员：须从备份或该文件夹的来源电脑放回密钥文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="102"/>
        <source>This station&apos;s database is damaged and cannot be read:
%1

Nothing was changed. Call the exam-centre IT staff and leave the folder as it is.</source>
        <translation>本考试机的数据库已损坏，无法读取：
%1

未作任何更改。请联系考点技术人员，并保持该文件夹原样。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="106"/>
        <source>The station cannot reach its keys (the Xuefa key service):
%1

Call the exam-centre IT staff: the key service must be running (docs/station-keys.md). Nothing already saved is lost.</source>
        <translation>本考试机无法取得其密钥（学法密钥服务）：
%1

请联系考试中心技术人员：密钥服务必须在运行（见 docs/station-keys.md）。已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="111"/>
        <source>The station cannot write to its data folder:
%1

Call the proctor or the exam-centre IT staff: the disk may be full or read-only. Nothing already saved is lost.</source>
        <translation>本机无法写入数据文件夹：
%1

请联系监考老师或考点技术人员：磁盘可能已满或处于只读状态。已保存的内容不会丢失。</translation>
    </message>
    <message>
        <location filename="../../desktop/startup.py" line="119"/>
        <source>The station could not start: %1

Call the exam-centre IT staff; the log file xuefa.log in the data folder has the details.</source>
        <translation>系统未能启动：%1

请联系考点技术人员；数据文件夹中的日志文件 xuefa.log 记录了详细信息。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="146"/>
        <source>Xuefa is already open on this computer (data folder %1).

Use the window that is already open; if you cannot find it, call the proctor. Nothing was changed.</source>
        <translation>学法已在本机打开（数据文件夹 %1）。

请使用已经打开的窗口；如果找不到它，请联系监考老师。未作任何更改。</translation>
    </message>
</context>
<context>
    <name>StationController</name>
    <message>
        <location filename="../../desktop/ui/shell.py" line="16"/>
        <source>Xuefa exam station</source>
        <translation>学法考试系统</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="257"/>
        <source>Login to this sitting closed %1 minutes after its start. Ask the proctor.</source>
        <translation>本场次开考 %1 分钟后已停止入场。请联系监考员。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="266"/>
        <source>%1 of %2</source>
        <translation>%2的%1</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="267"/>
        <source>Your seat is in %1, not in this room. Please go to %1; the proctor can help.</source>
        <translation>您的座位在%1，不在本考场。请前往%1，监考老师可以为您指路。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="289"/>
        <source>Your seat is at another PC now (checked in there, or moved there by the proctor). Ask the proctor which PC to use, or to move it to this one.</source>
        <translation>您的座位现在在另一台考试机上（已在那里签到，或由监考员调换过去）。请询问监考员该用哪台考试机，或请其把座位调到本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="292"/>
        <source>This PC is not enrolled for an exam room, so it cannot check you in to a sitting. Ask the proctor.</source>
        <translation>本机未注册为考场用机，不能为您签到场次。请联系监考人员。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="296"/>
        <source>This computer&apos;s date, time or time zone differs too much from the exam centre&apos;s server, so the server refuses it. Raise your hand: the proctor or IT sets this computer&apos;s date, time and time zone right.</source>
        <translation>本机的日期、时间或时区与考试中心服务器相差太多，服务器拒绝了本机。请举手：由监考员或技术人员把本机的日期、时间和时区改正。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="360"/>
        <location filename="../../desktop/controller.py" line="363"/>
        <location filename="../../desktop/controller.py" line="377"/>
        <source>Exam</source>
        <translation>考试</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="377"/>
        <source>The exam cannot start on this PC yet:</source>
        <translation>本机暂时不能开始考试：</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="379"/>
        <source>Ask the proctor if you need help.</source>
        <translation>如需帮助，请联系监考员。</translation>
    </message>
    <message>
        <location filename="../../desktop/controller.py" line="439"/>
        <source>The exam was closed by the proctor. It can be continued: log in again.</source>
        <translation>考试已由监考老师关闭，可以继续作答：请重新登录。</translation>
    </message>
</context>
<context>
    <name>StudyPage</name>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="49"/>
        <source>Course and chapter</source>
        <translation>课程与章节</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="55"/>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="49"/>
        <source>Quiz</source>
        <translation>测验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="49"/>
        <source>Time read</source>
        <translation>阅读时长</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="57"/>
        <source>Chapter quiz</source>
        <translation>章节测验</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="58"/>
        <source>My profile…</source>
        <translation>个人资料…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="59"/>
        <source>Import course or plan file…</source>
        <translation>导入课程或计划文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="81"/>
        <source>Back to my courses</source>
        <translation>返回我的课程</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="115"/>
        <source>No study plan on this station yet. Reading is kept, and counts once the plan arrives by sync or file.</source>
        <translation>本机还没有学习计划。学习记录会保存，学习计划通过同步或文件到达后即计入积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="120"/>
        <source>%1: %2 of the %3 points needed for the exam (points count if earned by %4)</source>
        <translation>%1：参加考试需要 %3 分，您已取得 %2 分（%4 之前取得的积分有效）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="122"/>
        <source>%1: %2 of the plan&apos;s %3 points (points count if earned by %4). No exam on this station asks for study points.</source>
        <translation>%1：已获 %2 分，计划共 %3 分（%4 前获得的学分有效）。本考试机上的考试都不要求学分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="135"/>
        <source>You have the plan&apos;s points. Well done: you can keep studying or practise.</source>
        <translation>您的积分已达到学习计划的要求。可以继续学习或做练习。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="136"/>
        <source>You have the points the exam needs. Well done: you can keep studying or practise.</source>
        <translation>您的积分已达到考试要求。可以继续学习或做练习。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="138"/>
        <source>The deadline for this year&apos;s points has passed. Ask your unit admin what to do.</source>
        <translation>本年度积分截止时间已过。请咨询单位管理员。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="141"/>
        <source>Next: complete your profile (%1 points).</source>
        <translation>下一步：完善个人资料（%1 分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="146"/>
        <source>Next: read 《%1》 and take its chapter quizzes (%2: %3 of %4 points).</source>
        <translation>下一步：学习《%1》并完成章节测验（%2：已得 %3 分，满分 %4 分）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="149"/>
        <source>The courses on this station are done. More may arrive by sync or file.</source>
        <translation>本机课程已全部学完。更多课程会通过同步或文件送达。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="166"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="177"/>
        <source>These courses are damaged on this station and cannot be opened: %1. Import them again from the file or sync again; your study records are not affected.</source>
        <translation>以下课程在本机已损坏，无法打开：%1。请从文件重新导入或再同步一次；您的学习记录不受影响。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="222"/>
        <source>Quiz: %1</source>
        <translation>测验：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="231"/>
        <source>Only the first answer to a question earns points; this one was answered before.</source>
        <translation>每道题只以第一次作答计分，这道题以前已经答过。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="233"/>
        <source>+%1 study points.</source>
        <translation>+%1 学法积分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="235"/>
        <source>No points for this question.</source>
        <translation>此题不得分。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="248"/>
        <source>Import course or plan</source>
        <translation>导入课程或计划</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="248"/>
        <source>Study files (*.xfc *.xfs);;All files (*)</source>
        <translation>学习文件 (*.xfc *.xfs);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="257"/>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/learner/study_page.py" line="261"/>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="186"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="186"/>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="186"/>
        <source>Headcount</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="186"/>
        <source>Exempt</source>
        <translation>免考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="187"/>
        <source>Unit admin</source>
        <translation>单位管理员</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="187"/>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="187"/>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="193"/>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="194"/>
        <source>Export to PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="197"/>
        <source>The unit summary table (for the province)</source>
        <translation>单位汇总表（报省用）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="225"/>
        <location filename="../../desktop/ui/admin/reports_page.py" line="231"/>
        <source>Export the unit summary</source>
        <translation>导出单位汇总表</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="225"/>
        <source>units.xlsx</source>
        <translation>单位汇总.xlsx</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="226"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="231"/>
        <source>units.pdf</source>
        <translation>单位汇总.pdf</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="232"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="239"/>
        <source>Unit summary</source>
        <translation>单位汇总</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="242"/>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="244"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/reports_page.py" line="247"/>
        <source>Not loaded: %1</source>
        <translation>未能加载：%1</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="33"/>
        <source>Sync upstream now</source>
        <translation>立即向上级同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="39"/>
        <source>Import a station&apos;s USB bundle…</source>
        <translation>导入考试机的U盘成绩文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="40"/>
        <source>Export this server&apos;s bundle for the upstream…</source>
        <translation>导出本服务器的成绩文件（交上级）…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="41"/>
        <source>Import the upstream&apos;s receipt file…</source>
        <translation>导入上级的回执文件…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="45"/>
        <source>Station</source>
        <translation>考试机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="45"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="45"/>
        <source>Where (room, seat)</source>
        <translation>位置（考场、座位）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="46"/>
        <source>Asked</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="55"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="56"/>
        <location filename="../../desktop/ui/admin/sync_page.py" line="322"/>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="57"/>
        <source>This server</source>
        <translation>本服务器</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="59"/>
        <source>The upstream (province)</source>
        <translation>上级服务器（省）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="64"/>
        <source>USB bundles (when no network reaches)</source>
        <translation>U盘传递（无网络时）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="70"/>
        <source>Stations</source>
        <translation>考试机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="99"/>
        <source>none set (use USB bundles, or xuefa-server set-upstream)</source>
        <translation>未设置（请用U盘传递，或运行 xuefa-server set-upstream）</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="101"/>
        <source>%1: %2 result(s) held, %3 station(s) waiting for approval, %4 alert(s).
Upstream: %5. Not yet confirmed upstream: %6 result(s), %7 study record(s). Last taken from it: %8; last sent to it: %9.</source>
        <translation>%1：持有成绩 %2 份，%3 台考试机等待批准，%4 条警报。
上级：%5。上级尚未确认：成绩 %6 份，学习记录 %7 条。最近一次从上级获取：%8；最近一次发送给上级：%9。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="107"/>
        <location filename="../../desktop/ui/admin/sync_page.py" line="108"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="109"/>
        <source>The last import of a USB bundle from %1 stopped at %2 with %3 of %4 result(s) done: import the same file again (nothing is stored twice).</source>
        <translation>来自 %1 的 U 盘数据包最近一次导入于 %2 中断，已完成 %3 / %4 份成绩：请再次导入同一个文件（不会重复保存）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="116"/>
        <source>waiting for approval</source>
        <translation>等待批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="116"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="117"/>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="133"/>
        <source>Taking the upstream&apos;s changes…</source>
        <translation>正在获取上级的更新…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="140"/>
        <source>Sending results: %1 of %2</source>
        <translation>正在发送成绩：%1 / %2</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="146"/>
        <source>both sides hold the same %1 result(s)</source>
        <translation>双方持有相同的 %1 份成绩</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="147"/>
        <source>this server holds %1 result(s), the upstream %2 from this server: not the same</source>
        <translation>本服务器持有 %1 份成绩，上级持有来自本服务器的 %2 份：不一致</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="150"/>
        <source>Done: %1 result(s) sent, %2 already there; %3. %4 study record(s) sent.</source>
        <translation>完成：已发送成绩 %1 份，上级原已有 %2 份；%3。已发送学习记录 %4 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="154"/>
        <source>%1 review decision(s) told to the upstream.</source>
        <translation>已向上级报送 %1 项审核决定。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="156"/>
        <source>The upstream did not follow %1 of them (decided there already, or held there for its own rules); its administrators see why.</source>
        <translation>其中 %1 项上级未采纳（上级已自行决定，或因上级自身的规则暂不计入），原因可在上级查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="160"/>
        <source>Review decisions could not be told this time; they are told on the next sync.</source>
        <translation>本次未能报送审核决定，下次同步时再报送。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="162"/>
        <source>The upstream refused %1: see xuefa-server status.</source>
        <translation>上级拒收 %1 份：请运行 xuefa-server status 查看。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="172"/>
        <source>This server has no upstream server yet: set it on the server (xuefa-server set-upstream, with a code from the administrator above), or carry the results by USB (Export this server&apos;s bundle for the upstream, below).</source>
        <translation>本服务器还没有上级服务器：请在服务器上设置（xuefa-server set-upstream，注册码由上级管理员提供），或用 U 盘带送成绩（见下方的“导出本服务器的成绩文件（交上级）…”）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="177"/>
        <source>%1 result(s) sent to the upstream and confirmed; then </source>
        <translation>已向上级发送 %1 份成绩并获确认；随后</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="179"/>
        <source>the sync stopped: %1. Nothing is lost; run it again to go on from where it stopped.</source>
        <translation>同步中断：%1。没有丢失任何数据；再次运行即可从中断处继续。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="187"/>
        <source>A station&apos;s USB bundle</source>
        <translation>考试机的U盘成绩文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="188"/>
        <source>Result bundles (*.xfr *.xfb);;All files (*)</source>
        <translation>成绩文件 (*.xfr *.xfb);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="211"/>
        <source>%1 from %2: %3. Nothing in it was stored here, so no receipt file was written: the results stay on the station.</source>
        <translation>%1（来自 %2）：%3。其中没有内容保存在本服务器，因此未写回执文件：成绩仍保留在考试机上。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="218"/>
        <source>Imported, but the receipt file could not be written next to the bundle (%1). Import the bundle again to get it.</source>
        <translation>已导入，但无法在成绩文件旁写入回执文件（%1）。请再次导入该成绩文件以获取回执。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="221"/>
        <source>%1 from %2: %3. Carry %4 back to the station (xuefa import-receipts).</source>
        <translation>%1（来自 %2）：%3。请把 %4 带回该考试机导入（xuefa import-receipts）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="228"/>
        <source>%1 stored</source>
        <translation>%1 份已存入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="228"/>
        <source>%1 already held</source>
        <translation>%1 份此前已存入</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="229"/>
        <source>%1 refused</source>
        <translation>%1 份被拒收</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="229"/>
        <source>%1 in conflict</source>
        <translation>%1 份有冲突</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="230"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="231"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="243"/>
        <source>Bundle for the upstream</source>
        <translation>交上级的成绩文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="243"/>
        <source>centre.xfr</source>
        <translation>中心成绩包.xfr</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="244"/>
        <source>Result bundles (*.xfr)</source>
        <translation>成绩文件 (*.xfr)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="256"/>
        <source>%1 result(s) written to %2. Carry it to the upstream and bring back its receipt file.</source>
        <translation>已将 %1 份成绩写入 %2。请交给上级，并带回其回执文件。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="260"/>
        <source>The upstream&apos;s receipt file</source>
        <translation>上级的回执文件</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="261"/>
        <source>Receipt files (*.json);;All files (*)</source>
        <translation>回执文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="271"/>
        <source>%1 result(s) confirmed by the upstream.</source>
        <translation>上级已确认 %1 份成绩。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="273"/>
        <source>%1 had been confirmed before.</source>
        <translation>另有 %1 份此前已确认。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="275"/>
        <source>%1 study record(s) and password change(s) confirmed.</source>
        <translation>另确认学习记录和密码变更 %1 条。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="278"/>
        <source>The upstream kept but did not take the password reset or change of learner(s) %1: it holds a newer one, which comes down with the next sync.</source>
        <translation>上级服务器已保存但未采用考生 %1 的密码重置或修改：上级持有更新的密码，下次同步时下发。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="282"/>
        <source>The upstream&apos;s password of learner(s) %1 was taken from the file; the stations get it with their next sync.</source>
        <translation>已从该文件采用上级持有的考生 %1 的密码；考试机在下次同步时获得。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="285"/>
        <source>%1 refused by the upstream:</source>
        <translation>上级拒收 %1 份：</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="293"/>
        <source>Not read: a bundle from %1 is already being imported (%2 of %3 result(s) done). Wait for it to end, then import this file again: what is already stored is recognised.</source>
        <translation>未读取：来自 %1 的结果包正在导入（%3 份成绩已处理 %2 份）。请等它结束后再导入此文件：已保存的成绩会被识别，不会重复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="299"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="319"/>
        <source>Revoke a station</source>
        <translation>吊销考试机</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="320"/>
        <source>Revoke %1? From now on every result and request it sends is refused here and on the servers above; results it has not delivered stay on it. Only an approval takes it back.</source>
        <translation>吊销 %1？此后它发送的所有成绩和请求都会被本服务器及上级服务器拒收；尚未送达的成绩仍留在该机上。只有重新批准才能恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="328"/>
        <source>Only this server&apos;s top administrator sees and runs its syncing.</source>
        <translation>只有本服务器的最高级管理员可以查看和执行同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/admin/sync_page.py" line="330"/>
        <source>Not loaded: %1</source>
        <translation>未能加载：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatus</name>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="17"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="30"/>
        <source>Results leave this station on a USB stick (no result server set up). Results waiting: %1</source>
        <translation>本机未连接成绩服务器，成绩通过U盘导出。待导出成绩：%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="33"/>
        <source>Sending results to the server…</source>
        <translation>正在向服务器上传成绩…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="35"/>
        <source>Result server: connected</source>
        <translation>成绩服务器：已连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="35"/>
        <source>Result server: not reachable</source>
        <translation>成绩服务器：无法连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="36"/>
        <source>Result server: not tried yet</source>
        <translation>成绩服务器：尚未连接</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="37"/>
        <source>results waiting: %1</source>
        <translation>待上传成绩：%1 份</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="39"/>
        <source>last confirmed %1</source>
        <translation>最近确认 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="41"/>
        <source>The computer answering at the server&apos;s address shows a certificate other than the one this station trusts: it may not be the centre&apos;s server. Nothing was sent; results wait here. Tell the centre admin (if the server was really replaced, enrol this station again with a new code).</source>
        <translation>在服务器地址上应答的计算机所用证书与本考试机信任的证书不符，它可能不是考试中心的服务器。未发送任何内容，成绩保存在本机等待发送。请告知考试中心管理员（如服务器确已更换，请用新的注册码重新注册本考试机）。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="46"/>
        <source>This station was enrolled before the server used encrypted connections: nothing is sent over the network unencrypted. Enrol this station again with a new code from the centre admin; results wait here until then.</source>
        <translation>本考试机是在服务器启用加密连接之前注册的：本机不会通过网络发送未加密的内容。请向考试中心管理员索取新的注册码，重新注册本考试机；在此之前成绩保存在本机。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="50"/>
        <source>Results were delivered, but the server&apos;s news (roster, exams) could not be taken this time; it is tried again at the next sync.</source>
        <translation>成绩已送达，但这次未能取回服务器的更新（名单、考试）；下次同步时会再试。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="53"/>
        <source>Nothing is lost: results wait here and are sent when the server answers.</source>
        <translation>成绩不会丢失：成绩保存在本机，服务器恢复后自动上传。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/sync_status.py" line="55"/>
        <source>The server did not accept %1 result(s) or record(s) (reason: %2). They stay on this station; tell the centre admin.</source>
        <translation>服务器未接收 %1 份成绩或记录（原因：%2）。它们仍保留在本考试机上；请告知考试中心管理员。</translation>
    </message>
</context>
<context>
    <name>WaitingPage</name>
    <message>
        <location filename="../../desktop/ui/exam/waiting_page.py" line="22"/>
        <source>%1
%2, starts at %3</source>
        <translation>%1
%2，%3 开考</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/waiting_page.py" line="25"/>
        <source>Please wait. The exam opens here when the proctor starts the sitting.</source>
        <translation>请稍候。监考员宣布开考后，试卷会在这里自动打开。</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/waiting_page.py" line="29"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/exam/waiting_page.py" line="39"/>
        <source>The exam-centre server cannot be reached right now; this station keeps trying. If the proctor reads out a start code, log out and use it.</source>
        <translation>暂时连不上考试中心服务器，本机会继续尝试。如果监考员宣读开考码，请退出登录后使用开考码进入考试。</translation>
    </message>
</context>
<context>
    <name>_Figure</name>
    <message>
        <location filename="../../desktop/ui/question_view.py" line="76"/>
        <source>[This picture cannot be shown: tell the proctor]</source>
        <translation>［此图片无法显示：请告诉监考员］</translation>
    </message>
</context>
</TS>
