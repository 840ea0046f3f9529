<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>Cli</name>
    <message>
      <source>required</source>
      <translation>必填</translation>
    </message>
    <message>
      <source>Aborted!</source>
      <translation>已取消。</translation>
    </message>
    <message>
      <source>deprecated</source>
      <translation>已弃用</translation>
    </message>
    <message>
      <source>Missing command.</source>
      <translation>缺少命令。</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>Positional arguments</source>
      <translation>位置参数</translation>
    </message>
    <message>
      <source>DeprecationWarning: The command {name!r} is deprecated.{extra_message}</source>
      <translation>提示：命令 {name!r} 已弃用。{extra_message}</translation>
    </message>
    <message>
      <source>Got unexpected extra argument ({args})</source>
      <translation>多了一个参数（{args}）</translation>
    </message>
    <message>
      <source>Got unexpected extra arguments ({args})</source>
      <translation>多了几个参数（{args}）</translation>
    </message>
    <message>
      <source>Commands</source>
      <translation>命令</translation>
    </message>
    <message>
      <source>Value must be an iterable.</source>
      <translation>该值必须是一组值。</translation>
    </message>
    <message>
      <source>DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}</source>
      <translation>提示：{param_type} {name!r} 已弃用。{extra_message}</translation>
    </message>
    <message>
      <source>Could not determine name for option with declarations {decls!r}</source>
      <translation>无法确定选项 {decls!r} 的名称</translation>
    </message>
    <message>
      <source>No options defined but a name was passed ({name}). Did you mean to declare an argument instead? Did you mean to pass '--{name}'?</source>
      <translation>未定义选项却给了名称（{name}）。是否应声明为参数，或写成 '--{name}'？</translation>
    </message>
    <message>
      <source>env var: {var}</source>
      <translation>环境变量：{var}</translation>
    </message>
    <message>
      <source>default: {default}</source>
      <translation>默认：{default}</translation>
    </message>
    <message>
      <source>Arguments take exactly one parameter declaration, got {length}: {decls}.</source>
      <translation>参数只能有一个声明，实际有 {length} 个：{decls}。</translation>
    </message>
    <message>
      <source>(dynamic)</source>
      <translation>（动态）</translation>
    </message>
    <message>
      <source>Name '{name}' defined twice</source>
      <translation>名称 '{name}' 定义了两次</translation>
    </message>
    <message>
      <source>Takes {nargs} values but 1 was given.</source>
      <translation>需要 {nargs} 个值，只给了 1 个。</translation>
    </message>
    <message>
      <source>Takes {nargs} values but {len} were given.</source>
      <translation>需要 {nargs} 个值，给了 {len} 个。</translation>
    </message>
    <message>
      <source>Boolean option {decl!r} cannot use the same flag for true/false.</source>
      <translation>开关选项 {decl!r} 不能用同一个标志表示是和否。</translation>
    </message>
    <message>
      <source>Do you want to continue?</source>
      <translation>要继续吗？</translation>
    </message>
    <message>
      <source>Confirm the action without prompting.</source>
      <translation>不询问，直接确认。</translation>
    </message>
    <message>
      <source>%(prog)s, version %(version)s</source>
      <translation>%(prog)s，版本 %(version)s</translation>
    </message>
    <message>
      <source>Show the version and exit.</source>
      <translation>显示版本后退出。</translation>
    </message>
    <message>
      <source>Show this message and exit.</source>
      <translation>显示本帮助并退出。</translation>
    </message>
    <message>
      <source>Did you mean {possibility}?</source>
      <translation>您是想输入 {possibility} 吗？</translation>
    </message>
    <message>
      <source>(Did you mean one of: {possibilities}?)</source>
      <translation>（您是想输入其中之一吗：{possibilities}？）</translation>
    </message>
    <message>
      <source>Missing argument</source>
      <translation>缺少参数</translation>
    </message>
    <message>
      <source>unknown error</source>
      <translation>未知错误</translation>
    </message>
    <message>
      <source>Invalid value for {param_hint}: {message}</source>
      <translation>{param_hint} 的值无效：{message}</translation>
    </message>
    <message>
      <source>Missing option</source>
      <translation>缺少选项</translation>
    </message>
    <message>
      <source>Could not open file {filename!r}: {message}</source>
      <translation>无法打开文件 {filename!r}：{message}</translation>
    </message>
    <message>
      <source>Error: {message}</source>
      <translation>错误：{message}</translation>
    </message>
    <message>
      <source>Try '{command} {option}' for help.</source>
      <translation>输入 '{command} {option}' 查看帮助。</translation>
    </message>
    <message>
      <source>Missing parameter</source>
      <translation>缺少参数</translation>
    </message>
    <message>
      <source>Missing parameter: {param_name}</source>
      <translation>缺少参数：{param_name}</translation>
    </message>
    <message>
      <source>No such option {name!r}.</source>
      <translation>没有选项 {name!r}。</translation>
    </message>
    <message>
      <source>No such command {name!r}.</source>
      <translation>没有命令 {name!r}。</translation>
    </message>
    <message>
      <source>Invalid value: {message}</source>
      <translation>值无效：{message}</translation>
    </message>
    <message>
      <source>Missing {param_type}</source>
      <translation>缺少{param_type}</translation>
    </message>
    <message>
      <source>Usage:</source>
      <translation>用法：</translation>
    </message>
    <message>
      <source>Invalid start character for option ({option})</source>
      <translation>选项开头的字符无效（{option}）</translation>
    </message>
    <message>
      <source>Option {name!r} does not take a value.</source>
      <translation>选项 {name!r} 不接受值。</translation>
    </message>
    <message>
      <source>Option {name!r} requires an argument.</source>
      <translation>选项 {name!r} 后面需要一个值。</translation>
    </message>
    <message>
      <source>Option {name!r} requires {nargs} arguments.</source>
      <translation>选项 {name!r} 后面需要 {nargs} 个值。</translation>
    </message>
    <message>
      <source>Argument {name!r} takes {nargs} values.</source>
      <translation>参数 {name!r} 需要 {nargs} 个值。</translation>
    </message>
    <message>
      <source>Press any key to continue...</source>
      <translation>按任意键继续……</translation>
    </message>
    <message>
      <source>Repeat for confirmation</source>
      <translation>再输入一次以确认</translation>
    </message>
    <message>
      <source>Error: The two entered values do not match.</source>
      <translation>错误：两次输入不一致。</translation>
    </message>
    <message>
      <source>Unknown color {colour!r}</source>
      <translation>未知颜色 {colour!r}</translation>
    </message>
    <message>
      <source>Error: invalid input</source>
      <translation>错误：输入无效：请输入 y（是）或 n（否）</translation>
    </message>
    <message>
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>datetime</source>
      <translation>日期时间</translation>
    </message>
    <message>
      <source>integer</source>
      <translation>整数</translation>
    </message>
    <message>
      <source>integer range</source>
      <translation>整数范围</translation>
    </message>
    <message>
      <source>float</source>
      <translation>小数</translation>
    </message>
    <message>
      <source>float range</source>
      <translation>小数范围</translation>
    </message>
    <message>
      <source>boolean</source>
      <translation>是否</translation>
    </message>
    <message>
      <source>uuid</source>
      <translation>UUID</translation>
    </message>
    <message>
      <source>filename</source>
      <translation>文件名</translation>
    </message>
    <message>
      <source>file</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Choose from:
	{choices}</source>
      <translation>可选：
	{choices}</translation>
    </message>
    <message>
      <source>{value!r} is not {choice}.</source>
      <translation>{value!r} 不是 {choice}。</translation>
    </message>
    <message>
      <source>{value!r} is not one of {choices}.</source>
      <translation>{value!r} 不在可选值 {choices} 之中。</translation>
    </message>
    <message>
      <source>Choice({choices})</source>
      <translation>可选（{choices}）</translation>
    </message>
    <message>
      <source>directory</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>path</source>
      <translation>路径</translation>
    </message>
    <message>
      <source>{value!r} does not match the format {format}.</source>
      <translation>{value!r} 不符合格式 {format}。</translation>
    </message>
    <message>
      <source>{value!r} does not match the formats {formats}.</source>
      <translation>{value!r} 不符合任何格式 {formats}。</translation>
    </message>
    <message>
      <source>{value} is not in the range {range}.</source>
      <translation>{value} 不在范围 {range} 之内。</translation>
    </message>
    <message>
      <source>{value!r} is not a valid boolean. Recognized values: {states}</source>
      <translation>{value!r} 不是有效的是/否值。可用的值：{states}</translation>
    </message>
    <message>
      <source>{len_type} values are required, but {len_value} was given.</source>
      <translation>需要 {len_type} 个值，只给了 {len_value} 个。</translation>
    </message>
    <message>
      <source>{len_type} values are required, but {len_value} were given.</source>
      <translation>需要 {len_type} 个值，给了 {len_value} 个。</translation>
    </message>
    <message>
      <source>{value!r} is not a valid {number_type}.</source>
      <translation>{value!r} 不是有效的{number_type}。</translation>
    </message>
    <message>
      <source>{value!r} is not a valid UUID.</source>
      <translation>{value!r} 不是有效的 UUID。</translation>
    </message>
    <message>
      <source>{name} {filename!r} is a file.</source>
      <translation>{name} {filename!r} 是一个文件。</translation>
    </message>
    <message>
      <source>{name} {filename!r} is a directory.</source>
      <translation>{name} {filename!r} 是一个文件夹。</translation>
    </message>
    <message>
      <source>{name} {filename!r} is not readable.</source>
      <translation>{name} {filename!r} 无法读取。</translation>
    </message>
    <message>
      <source>{name} {filename!r} is not writable.</source>
      <translation>{name} {filename!r} 无法写入。</translation>
    </message>
    <message>
      <source>{name} {filename!r} is not executable.</source>
      <translation>{name} {filename!r} 无法执行。</translation>
    </message>
    <message>
      <source>{name} {filename!r} does not exist.</source>
      <translation>{name} {filename!r} 不存在。</translation>
    </message>
    <message>
      <source>Unknown standard stream '{name}'</source>
      <translation>未知的标准流 '{name}'</translation>
    </message>
    <message>
      <source>Xuefa exam station. Without a command, opens the station window. Commands print in Simplified
Chinese; set XUEFA_LANG=en (or give --lang en) for English.</source>
      <translation>学法考试机。不带命令时打开考试机窗口。命令以简体中文输出；设置 XUEFA_LANG=en（或加 --lang en）可改为英文。</translation>
    </message>
    <message>
      <source>[OPTIONS]</source>
      <translation>[选项]</translation>
    </message>
    <message>
      <source>[COMMAND] [ARGS]...</source>
      <translation>[命令] [参数]...</translation>
    </message>
    <message>
      <source>Station data folder (default: this PC's, as `xuefa data-folder` shows).</source>
      <translation>考试机数据文件夹（默认：本机的数据文件夹，见 `xuefa data-folder`）。</translation>
    </message>
    <message>
      <source>Open the demo data folder ./demo-data (created on first use).</source>
      <translation>打开演示数据文件夹 ./demo-data（首次使用时创建）。</translation>
    </message>
    <message>
      <source>The language of the windows and, when given, of the commands' output (zh_CN: Simplified Chinese, en: English).</source>
      <translation>窗口的语言；给出时也是命令输出的语言（zh_CN：简体中文，en：英文）。</translation>
    </message>
    <message>
      <source>Check this PC is ready for exam day (window system, Chinese fonts, crypto, data folder, clock, centre server) and exit; non-zero when a check failed.</source>
      <translation>检查本机是否已为考试日准备好（窗口系统、中文字体、加密、数据文件夹、时钟、考试中心服务器）后退出；有检查未通过时退出码非零。</translation>
    </message>
    <message>
      <source>With --selftest: leave out a check that does not apply here (a build PC has no key helper).</source>
      <translation>与 --selftest 一起用：略过在本机不适用的检查（打包用的电脑没有密钥服务）。</translation>
    </message>
    <message>
      <source>Training and demos: an exam whose package does not enforce the focus rule opens in a normal window (an exam that enforces it opens full screen as always).</source>
      <translation>培训和演示用：考试包未强制“离开窗口”规则的考试在普通窗口中打开（强制该规则的考试照常全屏）。</translation>
    </message>
    <message>
      <source>Open the proctor console at once (a proctor's PC).</source>
      <translation>启动后直接打开监考台（监考员用机）。</translation>
    </message>
    <message>
      <source>With a command: also print the technical detail of a refusal.</source>
      <translation>与命令一起用：拒绝时同时显示技术细节。</translation>
    </message>
    <message>
      <source>Write every undelivered sealed result to a bundle file PATH (e.g. on a USB stick).</source>
      <translation>把所有尚未送达的密封成绩写入所给的成绩文件（例如 U 盘上）。</translation>
    </message>
    <message>
      <source>PATH</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Accept receipts signed by the sync server whose public key file is PATH (server-signing.key.pub).</source>
      <translation>接受由所给公钥文件（server-signing.key.pub）所属同步服务器签名的回执。</translation>
    </message>
    <message>
      <source>Clear the results a server has confirmed (the receipt file it wrote for a bundle).</source>
      <translation>清除服务器已确认的成绩（服务器为成绩文件写出的回执文件）。</translation>
    </message>
    <message>
      <source>Ask the sync server at SERVER_URL (or the one a room's enrolment file names) to accept this station.</source>
      <translation>请求“服务器地址”处的同步服务器（或考场注册文件中指定的服务器）接纳本考试机。</translation>
    </message>
    <message>
      <source>SERVER_URL</source>
      <translation>服务器地址</translation>
    </message>
    <message>
      <source>The enrolment code the administrator gave you. From `devices code` it has six groups: the last four name the server's certificate, and a server showing another one is refused. A code of two groups (a room's printed list) needs --fingerprint too.</source>
      <translation>管理员给您的注册码。`devices code` 生成的注册码有六组：后四组标明服务器的证书，出示其他证书的服务器会被拒绝。只有两组的注册码（考场打印清单上的）还需加上 --fingerprint。</translation>
    </message>
    <message>
      <source>The server's certificate fingerprint (`xuefa-server tls show`), to enrol over https:// without a code (the administrator then approves this station).</source>
      <translation>服务器证书指纹（`xuefa-server tls show`），用于不带注册码通过 https:// 注册（之后由管理员批准本考试机）。</translation>
    </message>
    <message>
      <source>Where this station is (room, seat), for the administrator.</source>
      <translation>本考试机所在位置（考场、座位），供管理员查看。</translation>
    </message>
    <message>
      <source>A room's enrolment file (xuefa-server devices room-file): address and code come from it.</source>
      <translation>考场注册文件（xuefa-server devices room-file）：地址和注册码取自该文件。</translation>
    </message>
    <message>
      <source>With --file: this PC's name in the file, e.g. 第一考场-07.</source>
      <translation>与 --file 一起用：本机在文件中的名称，例如 第一考场-07。</translation>
    </message>
    <message>
      <source>What this station holds and whom it talks to: device id, server, last sync each way, results and
study records waiting, trusted exam issuers and servers, exams on this station.</source>
      <translation>本考试机保存的内容及通信对象：设备编号、服务器、双向最近同步时间、待送达的成绩和学习及账号记录、信任的出题单位和服务器、本机上的考试。</translation>
    </message>
    <message>
      <source>Deliver every pending result (and study record) to the enrolled server now, then take its roster,
packages and policy. Each step is reported on its own. Exit status: 0 all done; otherwise the sum of
1 (the server refused something: it stays here, reasons listed), 2 (delivery did not finish: what was
not confirmed stays here) and 4 (the server's changes could not be taken).</source>
      <translation>立即把所有待送达的成绩（和学习及账号记录）送到已注册的服务器，然后取回其名单、考试包和策略。每一步单独报告。退出码：0 表示全部完成；否则为以下之和：1（服务器拒收了某些内容：仍保留在本机，并列出原因）、2（送达未完成：未确认的内容仍在本机）、4（未能取回服务器的变更）。</translation>
    </message>
    <message>
      <source>Also print the technical detail of a failed step.</source>
      <translation>同时显示失败步骤的技术细节。</translation>
    </message>
    <message>
      <source>Import an exam package file.</source>
      <translation>导入考试包文件。</translation>
    </message>
    <message>
      <source>Import study plans, courses and practice banks (.xfs, .xfc), or statutes (.txt, .docx, .html).</source>
      <translation>导入学习计划、课程和练习题库（.xfs、.xfc），或法律法规文本（.txt、.docx、.html）。</translation>
    </message>
    <message>
      <source>PATHS</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>Import a signed roster file (learners and their password verifiers).</source>
      <translation>导入已签名的名单文件（考生及其密码校验值）。</translation>
    </message>
    <message>
      <source>Trust the exam packages and rosters signed by the issuer whose public key file is PATH.</source>
      <translation>信任由所给公钥文件所属出题单位签名的考试包和名单。</translation>
    </message>
    <message>
      <source>Hold this PC's station keys (run by the system as root; docs/station-keys.md).</source>
      <translation>保管本机的考试机密钥（由系统以 root 身份运行；见 docs/station-keys.md）。</translation>
    </message>
    <message>
      <source>The socket stations ask (default /run/xuefa/keyhelper.sock).</source>
      <translation>考试机连接的套接字（默认 /run/xuefa/keyhelper.sock）。</translation>
    </message>
    <message>
      <source>The folder the keys are kept in, 0700 (default /var/lib/xuefa/keys).</source>
      <translation>保存密钥的文件夹，权限 0700（默认 /var/lib/xuefa/keys）。</translation>
    </message>
    <message>
      <source>A program that may use the keys (default: this xuefa program). May be repeated.</source>
      <translation>允许使用密钥的程序（默认：本 xuefa 程序）。可重复。</translation>
    </message>
    <message>
      <source>Development only: any program of this PC may use the keys.</source>
      <translation>仅供开发：本机任何程序都可使用密钥。</translation>
    </message>
    <message>
      <source>IT only (root): move the plain key file (station.key) of an older station's data folder into the key
service. Compare the fingerprint shown with the one the centre server lists for this PC.</source>
      <translation>仅限信息技术人员（root）：把旧考试机数据文件夹中的明文密钥文件（station.key）移入密钥服务。请把显示的指纹与考试中心服务器为本机列出的指纹核对。</translation>
    </message>
    <message>
      <source>Show the station's data folder, where it is set, and the stations found on this PC; `set` chooses it
for every account of this PC (docs/installing.md).</source>
      <translation>显示考试机数据文件夹、它在哪里设置，以及本机上找到的考试机；`set` 为本机所有用户选定它（docs/installing.md）。</translation>
    </message>
    <message>
      <source>IT only: make FOLDER the station's data folder for every account of this PC (on Windows choose a disk a
restore card does not reset).</source>
      <translation>仅限信息技术人员：把“文件夹”设为本机所有用户共用的考试机数据文件夹（Windows 上请选还原卡不还原的磁盘）。</translation>
    </message>
    <message>
      <source>FOLDER</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <source>Copy the station this PC holds into FOLDER (Xuefa must be closed); its old folder is kept, marked as moved.</source>
      <translation>把本机的考试机复制到“文件夹”（须先关闭学法）；旧文件夹保留，并标记为已迁移。</translation>
    </message>
    <message>
      <source>With --move: the folder of the station to move, when the PC holds several.</source>
      <translation>与 --move 一起用：本机有多台考试机时，指明要迁移的那台所在的文件夹。</translation>
    </message>
    <message>
      <source>Linux: the group of the accounts that run the station (the exam account and IT's).</source>
      <translation>Linux：运行考试机的用户（考试用户和信息技术人员的用户）所在的组。</translation>
    </message>
    <message>
      <source>IT only (root / Administrator): put the station's time mark back to this PC's clock, after the clock
or the centre server was set far ahead by mistake (every exam window then looks closed). Set the PC's
clock right first; the reset is logged.</source>
      <translation>仅限信息技术人员（root / 管理员）：在时钟或考试中心服务器被误调到很远的将来之后（此时所有考试时间窗口都显示已关闭），把考试机的时间标记恢复为本机时钟。请先把本机时钟调准；重置会被记录。</translation>
    </message>
    <message>
      <source>Do not ask for confirmation.</source>
      <translation>不要求确认。</translation>
    </message>
    <message>
      <source>The proctor's code for a station with no network: resume an interrupted exam, give extra time,
pause or restart a learner's clock, let a learner start, or close a learner's exam window.</source>
      <translation>为断网的考试机生成监考员授权码：恢复中断的考试、延长时间、暂停或恢复考生计时、允许考生开考，或关闭考生的考试窗口。</translation>
    </message>
    <message>
      <source>The exam package of the sitting (.xfp).</source>
      <translation>该场次的考试包（.xfp）。</translation>
    </message>
    <message>
      <source>The exam's proctor password (not the start code). Asked for when not given, so it does not stay in the shell's history (read from a pipe as one line).</source>
      <translation>该考试的监考员密码（不是开考码）。未给出时会询问，以免留在命令历史中（从管道读入时取第一行）。</translation>
    </message>
    <message>
      <source>The code the station shows.</source>
      <translation>考试机上显示的本机码。</translation>
    </message>
    <message>
      <source>resume: an interrupted exam; extra_time (with --minutes), pause, unpause: a running exam's clock; start: a learner whose station cannot start alone; exit: close a learner's exam window (the answers stay).</source>
      <translation>resume：恢复中断的考试；extra_time（配合 --minutes）、pause、unpause：调整进行中考试的计时；start：考试机无法自行开考的考生；exit：关闭考生的考试窗口（已作答内容保留）。</translation>
    </message>
    <message>
      <source>Extra minutes (with --action extra_time).</source>
      <translation>延长的分钟数（配合 --action extra_time）。</translation>
    </message>
    <message>
      <source>Xuefa sync server. Commands print in Simplified Chinese; give --lang en (or set XUEFA_LANG=en) for
English.</source>
      <translation>学法同步服务器。命令以简体中文输出；加 --lang en（或设置 XUEFA_LANG=en）则输出英文。</translation>
    </message>
    <message>
      <source>COMMAND [ARGS]...</source>
      <translation>命令 [参数]...</translation>
    </message>
    <message>
      <source>Instance folder with keys and database (default: $XUEFA_SERVER_DIR, else this machine's server data folder, which `init` prints).</source>
      <translation>存放密钥和数据库的实例文件夹（默认：$XUEFA_SERVER_DIR；未设置时为本机的服务器数据文件夹，`init` 会显示其位置）。</translation>
    </message>
    <message>
      <source>Also print the technical detail of a refusal.</source>
      <translation>同时显示拒绝的技术细节。</translation>
    </message>
    <message>
      <source>The language of the commands' output (zh_CN: Simplified Chinese, the default; en: English).</source>
      <translation>命令输出的语言（zh_CN：简体中文，默认；en：英文）。</translation>
    </message>
    <message>
      <source>Create this server's keys, TLS certificate and database.</source>
      <translation>创建本服务器的密钥、TLS 证书和数据库。</translation>
    </message>
    <message>
      <source>This server's name, e.g. 某市考试中心</source>
      <translation>本服务器的名称，例如 某市考试中心</translation>
    </message>
    <message>
      <source>SQLAlchemy URL, e.g. postgresql+psycopg://xuefa:…@db/xuefa (default: SQLite in the folder)</source>
      <translation>SQLAlchemy 数据库地址，例如 postgresql+psycopg://xuefa:…@db/xuefa（默认：文件夹中的 SQLite）</translation>
    </message>
    <message>
      <source>A name or IP address clients use for this server, put in its TLS certificate (repeat); localhost, 127.0.0.1 and this PC's name are always in it.</source>
      <translation>客户端访问本服务器所用的名称或 IP 地址，写入其 TLS 证书（可重复）；localhost、127.0.0.1 和本机名称总会包含在内。</translation>
    </message>
    <message>
      <source>A provincial server: stations enrol at the centres below it, never here, and a station's own USB file is refused here (set-tier changes it later).</source>
      <translation>省级服务器：考试机在其下的考试中心注册，不在这里注册；考试机自己的 U 盘文件在这里会被拒收（以后可用 set-tier 更改）。</translation>
    </message>
    <message>
      <source>Say what this server is. province: stations enrol at the centres below it, and a station's own USB
file is refused here; centre: stations enrol here (an unknown station's file waits for approval).</source>
      <translation>设定本服务器的层级。province：考试机在其下的考试中心注册，考试机自己的 U 盘文件在这里会被拒收；centre：考试机在这里注册（未知考试机的文件等待批准）。</translation>
    </message>
    <message>
      <source>Copy this server's keys, config and (SQLite) database to the empty folder DEST, safely while it runs.</source>
      <translation>把本服务器的密钥、配置和（SQLite）数据库复制到空的目标文件夹，运行中也可安全进行。</translation>
    </message>
    <message>
      <source>DEST</source>
      <translation>目标文件夹</translation>
    </message>
    <message>
      <source>Put the backup in SOURCE in place as this instance folder (stop the server first).</source>
      <translation>把备份文件夹中的备份放回作为本实例文件夹（请先停止服务器）。</translation>
    </message>
    <message>
      <source>SOURCE</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <source>Replace the server already in the instance folder.</source>
      <translation>替换实例文件夹中已有的服务器。</translation>
    </message>
    <message>
      <source>Results held and waiting to go up, devices waiting, the last sync each way, alerts.</source>
      <translation>保存的成绩和等待上送的成绩、等待批准的设备、双向最近同步时间、警示。</translation>
    </message>
    <message>
      <source>This server's TLS certificate: show it, make it (an instance from before TLS), rotate it.</source>
      <translation>本服务器的 TLS 证书：查看、生成（TLS 之前创建的实例）、轮换。</translation>
    </message>
    <message>
      <source>Print the certificate's fingerprint (and the next one, during a rotation).</source>
      <translation>显示证书指纹（轮换期间也显示下一个证书的指纹）。</translation>
    </message>
    <message>
      <source>Make the TLS certificate of an instance made before TLS (`init` makes one for new instances).</source>
      <translation>为 TLS 之前创建的实例生成 TLS 证书（新实例由 init 生成）。</translation>
    </message>
    <message>
      <source>A name or IP address clients use (repeat).</source>
      <translation>客户端使用的名称或 IP 地址（可重复）。</translation>
    </message>
    <message>
      <source>Replace the certificate without cutting stations off: first `tls rotate` makes the next certificate
and announces it in the signed change feed; once the stations and lower servers have synced, `tls rotate
--switch` puts it in place.</source>
      <translation>在不中断考试机的情况下更换证书：先用 `tls rotate` 生成下一个证书，并在签名的变更中公告；考试机和下级服务器同步之后，再用 `tls rotate --switch` 启用。</translation>
    </message>
    <message>
      <source>Second step: make the announced certificate the current one (then restart serve).</source>
      <translation>第二步：把已公告的证书设为当前证书（然后重新启动 serve）。</translation>
    </message>
    <message>
      <source>Replace a next certificate already announced (clients that took it must sync again).</source>
      <translation>替换已经公告的下一张证书（已接受它的客户端须再同步一次）。</translation>
    </message>
    <message>
      <source>Do not ask first before the switch.</source>
      <translation>启用前不先询问确认。</translation>
    </message>
    <message>
      <source>Serve the API: cheroot (any system, one process), or gunicorn workers with --workers.</source>
      <translation>提供接口服务：cheroot（任何系统，单进程），或加 --workers 使用 gunicorn 工作进程。</translation>
    </message>
    <message>
      <source>The address to listen on; 0.0.0.0 for every network. Off loopback the server speaks HTTPS.</source>
      <translation>监听的地址；0.0.0.0 表示所有网络。不在本机回环地址上时，服务器使用 HTTPS。</translation>
    </message>
    <message>
      <source>The port to listen on.</source>
      <translation>监听的端口。</translation>
    </message>
    <message>
      <source>Requests worked on at once (per worker process).</source>
      <translation>同时处理的请求数（每个工作进程）。</translation>
    </message>
    <message>
      <source>Open connections served at once. Every station in a room keeps one open; past the limit idle ones are closed. 500 is the most select() handles on Windows.</source>
      <translation>同时服务的连接数。考场里每台考试机保持一个连接；超过上限时关闭空闲连接。Windows 上 select() 最多处理 500 个。</translation>
    </message>
    <message>
      <source>Worker processes (Linux, with gunicorn: pip install 'xuefa[province]'); one per core lets a provincial server verify results on every core.</source>
      <translation>工作进程数（Linux，使用 gunicorn：pip install 'xuefa[province]'）；每个处理器核心一个，省级服务器即可在每个核心上验证成绩。</translation>
    </message>
    <message>
      <source>HTTPS with the instance's certificate. Default: HTTPS, except plain HTTP on a loopback address (127.0.0.1), which only this PC reaches.</source>
      <translation>使用实例证书的 HTTPS。默认：HTTPS；回环地址（127.0.0.1）上用明文 HTTP，只有本机能访问。</translation>
    </message>
    <message>
      <source>Plain HTTP for a reverse proxy (nginx, HAProxy) in front: the proxy MUST terminate TLS with this instance's certificate (server-tls.crt/.key) so the clients' pins match, and put the client's address last in X-Forwarded-For (per-address login limits and the audit log use it).</source>
      <translation>为前置反向代理（nginx、HAProxy）提供明文 HTTP：代理必须用本实例的证书（server-tls.crt/.key）终结 TLS，客户端固定的证书才能匹配；并把客户端地址放在 X-Forwarded-For 的最后（按地址的登录限制和审计日志使用它）。</translation>
    </message>
    <message>
      <source>Store an exam package whose results this server will receive.</source>
      <translation>保存一个考试包，本服务器将接收其成绩。</translation>
    </message>
    <message>
      <source>Import question banks (Excel, Word, text, JSON, GIFT, Moodle XML, QTI) in one transaction, with a report.

Exit code 0: everything was imported (with --preview: would be); 1: nothing was imported (problems, or
changes without --update); 2: --accept-valid imported the valid questions and something was refused.</source>
      <translation>在一个事务中导入题库（Excel、Word、文本、JSON、GIFT、Moodle XML、QTI），并给出报告。

退出码 0：全部导入（加 --preview 时：将会全部导入）；1：未导入任何内容（有问题，或有改动但未加 --update）；2：--accept-valid 导入了有效题目，另有内容被拒。</translation>
    </message>
    <message>
      <source>FILES</source>
      <translation>文件</translation>
    </message>
    <message>
      <source>The bank the questions go into, e.g. 2026年度学法考试题库</source>
      <translation>题目导入的题库，例如 2026年度学法考试题库</translation>
    </message>
    <message>
      <source>Import the valid questions even if some items have problems (the exit code is then 2 when anything was refused).</source>
      <translation>即使部分题目有问题也导入有效题目（有内容被拒时退出码为 2）。</translation>
    </message>
    <message>
      <source>Let the import change questions already in the bank (each change is kept as a new version); without it such an import stores nothing and lists them.</source>
      <translation>允许导入修改题库中已有的题目（每次修改保存为新版本）；不加此项时，此类导入不保存任何内容并列出这些题目。</translation>
    </message>
    <message>
      <source>Store nothing: print every question as it was read (type, stem, options with the right ones marked, answer) and what an import would do.</source>
      <translation>不保存任何内容：逐题列出读取结果（题型、题干、选项并标出正确项、答案），并说明导入将会做什么。</translation>
    </message>
    <message>
      <source>Build an exam package from this server's bank; stations receive it with their next sync.</source>
      <translation>从本服务器题库生成考试包；考试机在下次同步时收到。</translation>
    </message>
    <message>
      <source>EXAM_FILE</source>
      <translation>考试定义文件</translation>
    </message>
    <message>
      <source>EXAM_ID</source>
      <translation>考试编号</translation>
    </message>
    <message>
      <source>The bank to draw the papers from.</source>
      <translation>抽取试卷的题库。</translation>
    </message>
    <message>
      <source>A lower server's server-results.key.pub: it may then receive and re-grade the results.</source>
      <translation>下级服务器的 server-results.key.pub：之后它可以接收并重新评分这些成绩。</translation>
    </message>
    <message>
      <source>Also write the package file (for stations with no network).</source>
      <translation>同时写出考试包文件（供无网络的考试机使用）。</translation>
    </message>
    <message>
      <source>Build the make-up of this exam: open only to those who were absent or failed it.</source>
      <translation>生成本场考试的补考：只对缺考或未通过者开放。</translation>
    </message>
    <message>
      <source>Build an exam whose exam_id was built before, on purpose (stations then list both packages as open).</source>
      <translation>有意再次生成一个 exam_id 已生成过的考试（考试机随后会把两个考试包都列为可参加）。</translation>
    </message>
    <message>
      <source>The questions of this server's banks.</source>
      <translation>本服务器题库中的题目。</translation>
    </message>
    <message>
      <source>List a bank's questions in use (or retired): id, version, kind, category and the start of the stem.</source>
      <translation>列出题库中在用（或已停用）的试题：编号、版本、题型、分类和题干开头。</translation>
    </message>
    <message>
      <source>The question bank, e.g. 宪法.</source>
      <translation>题库，例如 宪法。</translation>
    </message>
    <message>
      <source>List the retired questions instead.</source>
      <translation>改为列出已停用的题目。</translation>
    </message>
    <message>
      <source>Write a bank's questions in use to OUT, in the format its name ends with: .xlsx (the import template's
columns, every field), .json, .gift (Moodle), .docx or .txt (the office layout: 一、单项选择题 …). Each
file imports back with import-questions; what a format cannot hold is said.</source>
      <translation>把题库中在用的试题写入输出文件，格式由文件扩展名决定：.xlsx（导入模板的各列，全部字段）、.json、.gift（Moodle）、.docx 或 .txt（常见公文版式：一、单项选择题……）。每种文件都能用 import-questions 导回；格式无法保存的内容会说明。</translation>
    </message>
    <message>
      <source>OUT</source>
      <translation>输出文件</translation>
    </message>
    <message>
      <source>Leave a question out of every package built from now on (kept, with its history).</source>
      <translation>今后生成的考试包都不再包含某道题（题目及其历史保留）。</translation>
    </message>
    <message>
      <source>QUESTION_ID</source>
      <translation>题目编号</translation>
    </message>
    <message>
      <source>Every version of one question, oldest first: when, by whom and why, its answer and its stem's start.</source>
      <translation>一道试题的所有版本，从最早的开始：修改时间、修改人和原因、答案及题干开头。</translation>
    </message>
    <message>
      <source>Hand down study plans, courses and practice banks (.xfs/.xfc files signed by a trusted issuer).</source>
      <translation>下发学习计划、课程和练习题库（由受信任出题单位签名的 .xfs/.xfc 文件）。</translation>
    </message>
    <message>
      <source>Results stored but held back (not counted) by the acceptance rules, with the rules they broke.</source>
      <translation>已保存但因考试规则暂不计入的成绩，以及违反的规则。</translation>
    </message>
    <message>
      <source>RULE</source>
      <translation>规则</translation>
    </message>
    <message>
      <source>Only results that broke this rule: learner_outside_unit (the learner is not in the units the station serves), not_seated (not seated in the sitting the result names), seat_other_device (the seat was checked in from another station), sitting_not_started (begun before the sitting was started), recorded_missing (the proctor recorded the learner as missing), late_start (begun after the sitting closed, or after its login closed without checking in), second_in_sitting (handed in again in the same sitting), clock_moved_back (begun with the station's clock set back), outside_window (outside the exam window), over_duration (longer than the time allowed), late_answers (answers saved after the time was up), slept_long (the PC slept or the program was off more than 10 minutes in all, not counted as exam time), attempt_limit (more attempts than the exam allows: an administrator decides which counts), second_result (another, different result of the same attempt was delivered: sealed twice).</source>
      <translation>只列出违反该规则的成绩： learner_outside_unit 考生不属于考试机所服务的单位； not_seated 考生未编排在成绩所写的场次； seat_other_device 座位由其他考试机签到； sitting_not_started 场次开始前作答； recorded_missing 监考已登记缺考； late_start 在场次结束后才开考，或未签到且在停止登录后才开考； second_in_sitting 同一场次再次交卷； clock_moved_back 考试机时钟被调回后开考； outside_window 不在考试时间窗口内； over_duration 超出允许的考试时长； late_answers 时间到后仍有作答； slept_long 考试中电脑休眠或程序中断累计超过10分钟（未计入考试用时）； attempt_limit 考试次数超出规定，由管理员决定计入哪一次； second_result 同一次作答又交来另一份不同的成绩（被封存了两次）。</translation>
    </message>
    <message>
      <source>held: waiting for a decision; accepted or rejected: decided; all.</source>
      <translation>held：待审核；accepted 或 rejected：已决定；all：全部。</translation>
    </message>
    <message>
      <source>Accept a held result (it counts from now on) or reject it (it stays stored, never counts).</source>
      <translation>认定一份暂不计入的成绩（从此计入），或不予认定（仍然保存，永不计入）。</translation>
    </message>
    <message>
      <source>RESULT_ID</source>
      <translation>成绩编号</translation>
    </message>
    <message>
      <source>Why (kept with who decided and when).</source>
      <translation>原因（与决定人和时间一起保存）。</translation>
    </message>
    <message>
      <source>Who decides: the user name of an administrator account here (not a proctor's); kept as 'NAME (server console)'.</source>
      <translation>决定人：本服务器上一个管理员账号的用户名（不能是监考员）；记录为“用户名（服务器命令行）”。</translation>
    </message>
    <message>
      <source>Do not ask first when it changes an earlier decision.</source>
      <translation>改变此前的决定时不先询问确认。</translation>
    </message>
    <message>
      <source>Attempts a station said were under way whose result never came: each uses one of the learner's
attempts until it comes or an administrator releases it (release-attempt).</source>
      <translation>列出考试机报告过正在进行、但成绩一直没有送达的考试：每一次都占用考生的一次考试机会，直到成绩送达，或管理员将其释放（release-attempt）。</translation>
    </message>
    <message>
      <source>Only this learner's.</source>
      <translation>只列出该考生的。</translation>
    </message>
    <message>
      <source>Release an attempt a station announced whose result will never come (the station's disk failed): it
is kept, and no longer uses one of the learner's attempts. If its result comes later, it counts as any
result does (the attempt limit then holds one for a decision).</source>
      <translation>释放考试机报告过、但成绩永远不会送达的一次考试（例如考试机硬盘损坏）：记录保留，不再占用考生的考试机会。若之后成绩仍然送达，则与其他成绩一样计入（超出考试次数时暂不计入，由管理员决定）。</translation>
    </message>
    <message>
      <source>ATTEMPT_ID</source>
      <translation>作答编号</translation>
    </message>
    <message>
      <source>Why it will never come (kept with who released it and when).</source>
      <translation>成绩为什么永远不会送达（与释放人和时间一起记录）。</translation>
    </message>
    <message>
      <source>Who releases it: the user name of an administrator account here.</source>
      <translation>由谁释放：本服务器上一个管理员账号的用户名。</translation>
    </message>
    <message>
      <source>Do not ask first.</source>
      <translation>不先询问确认。</translation>
    </message>
    <message>
      <source>Know the upstream by its server-signing.key.pub when no network reaches it (USB only).</source>
      <translation>在没有网络可达时（仅用 U 盘），通过上级的 server-signing.key.pub 认识上级。</translation>
    </message>
    <message>
      <source>PUBLIC_KEY_FILE</source>
      <translation>公钥文件</translation>
    </message>
    <message>
      <source>Enrol this server with the server above it (e.g. the province) at URL, pinning its certificate.</source>
      <translation>向“地址”处的上级服务器（例如省级）注册本服务器，并固定其证书。</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>地址</translation>
    </message>
    <message>
      <source>The enrolment code the upstream's administrator gave (its last four groups name the upstream's certificate, which this server then pins).</source>
      <translation>上级管理员给出的注册码（后四组代表上级的证书，本服务器随后固定该证书）。</translation>
    </message>
    <message>
      <source>The upstream's certificate fingerprint (its `xuefa-server tls show`), when enrolling without a code.</source>
      <translation>上级的证书指纹（其 `xuefa-server tls show`），用于不带注册码注册。</translation>
    </message>
    <message>
      <source>Reach the upstream through this HTTP proxy (http://host:port), e.g. the office's gateway. The system's proxy settings are never used.</source>
      <translation>经由此 HTTP 代理（http://主机:端口）连接上级服务器，例如单位的网关代理。本机系统的代理设置一概不用。</translation>
    </message>
    <message>
      <source>Take the upstream's changes (roster, packages, policy, revocations), then relay every result and
study record it lacks; each step is told on its own, and an interrupted run resumes where it stopped.
Exit status: 0, or the sum of 1 (refused), 2 (changes not taken) and 4 (relay stopped).</source>
      <translation>取回上级的变更（名单、考试包、策略、吊销），再转送上级尚缺的每份成绩和学习记录；每一步分别报告结果，中断后再次运行会从中断处继续。
退出码：0，或以下各项之和：1（有被拒收的）、2（未能取回变更）、4（转送中断）。</translation>
    </message>
    <message>
      <source>Import a station's result bundle (or a lower server's); write the receipt file that clears, where the
file came from, what this server now holds (none when nothing was stored). Exit status 1 when something
was refused.</source>
      <translation>导入考试机的成绩文件（或下级服务器的）；写出回执文件，在文件来源处清除本服务器现已保存的内容（未保存任何内容时不写）。有内容被拒时退出码为 1。</translation>
    </message>
    <message>
      <source>Where to write the receipt file for the station (default: beside the bundle).</source>
      <translation>回执文件的保存位置（默认：成绩文件旁边）。</translation>
    </message>
    <message>
      <source>Write the results the upstream has not confirmed, with the stations' certificates, for it by USB.</source>
      <translation>写出上级尚未确认的成绩及考试机证书，以 U 盘送交上级。</translation>
    </message>
    <message>
      <source>Every result held, also those the upstream has already confirmed.</source>
      <translation>所有已保存的成绩，包括上级已确认的。</translation>
    </message>
    <message>
      <source>Read the receipt file the upstream wrote for a bundle: those results count as delivered upward.</source>
      <translation>读取上级为成绩文件写出的回执文件：这些成绩计为已向上送达。</translation>
    </message>
    <message>
      <source>Sittings (场次): create, list, show and start them (a proctor does it in the station app too).</source>
      <translation>场次：创建、列出、查看和开始（监考员也可在考试机程序中操作）。</translation>
    </message>
    <message>
      <source>Create a sitting (场次): an exam package, a room, a start time and the seated learners.</source>
      <translation>新建场次：一个考试包、一个考场、开考时间和安排座位的考生。</translation>
    </message>
    <message>
      <source>The exam package's id (import-package prints it).</source>
      <translation>考试包编号（import-package 会显示）。</translation>
    </message>
    <message>
      <source>The exam room, e.g. 第一考场</source>
      <translation>考场，例如 第一考场</translation>
    </message>
    <message>
      <source>Start time with its zone, e.g. 2026-11-23T09:00+08:00</source>
      <translation>带时区的开始时间，例如 2026-11-23T09:00+08:00</translation>
    </message>
    <message>
      <source>A learner number, optionally with the seat: 1101010010001:A01 (repeat).</source>
      <translation>学号，可附座位号：1101010010001:A01（可重复）。</translation>
    </message>
    <message>
      <source>Login closes this many minutes after the start.</source>
      <translation>开考后多少分钟停止登录。</translation>
    </message>
    <message>
      <source>The unit whose proctors run it (default: the whole server).</source>
      <translation>由哪个单位的监考员主持（默认：整个服务器）。</translation>
    </message>
    <message>
      <source>The package's start code: kept sealed with the sitting so the proctor's console can show and print it if the LAN fails on the day.</source>
      <translation>考试包的开考码：与场次一起密封保存，以便考试当天局域网故障时，监考台可以显示和打印。</translation>
    </message>
    <message>
      <source>Seat learners who are exempt (免考), transferred or retired too (refused without it).</source>
      <translation>也为免考、调出或退休的人员安排座位（不加此项则拒绝）。</translation>
    </message>
    <message>
      <source>The sittings of a span of days (from yesterday to 30 days ahead unless --from/--to say otherwise), in
this computer's time, with their seats and state: where to find a past sitting's id for its report.</source>
      <translation>列出一段日期内的场次（默认从昨天到 30 天后，可用 --from/--to 指定），按本机时间显示，含座位数和状态：可在此查到以往场次的编号以生成其报告。</translation>
    </message>
    <message>
      <source>The first day to list, e.g. 2026-11-20 (this computer's date; default: yesterday).</source>
      <translation>列出的第一天，例如 2026-11-20（本机日期；默认：昨天）。</translation>
    </message>
    <message>
      <source>The last day to list (default: 30 days after the first).</source>
      <translation>列出的最后一天（默认：第一天之后 30 天）。</translation>
    </message>
    <message>
      <source>Who sat, who was absent, scores, irregularities and proctor actions; Excel and PDF if asked.</source>
      <translation>实考、缺考、成绩、异常情况和监考操作；可按需输出 Excel 和 PDF。</translation>
    </message>
    <message>
      <source>SITTING_ID</source>
      <translation>场次编号</translation>
    </message>
    <message>
      <source>Also write it to Excel.</source>
      <translation>同时写出 Excel 文件。</translation>
    </message>
    <message>
      <source>Also write it as a PDF, for printing and signing.</source>
      <translation>同时写出 PDF，便于打印签字。</translation>
    </message>
    <message>
      <source>Start a sitting: the room's stations receive the exam's key at their next check-in.</source>
      <translation>开始一个场次：该考场的考试机在下次签到时收到考试密钥。</translation>
    </message>
    <message>
      <source>Do not ask first when the sitting is not due yet.</source>
      <translation>场次未到开考时间时也不先询问确认。</translation>
    </message>
    <message>
      <source>Call off a sitting that never started: it is closed and kept (nothing is deleted), so its learners can
be seated in another sitting that day.</source>
      <translation>取消一个尚未开始的场次：该场次关闭并保留（不删除任何记录），其考生可在当天另行编排到其他场次。</translation>
    </message>
    <message>
      <source>Why it is called off (kept in the sitting's log).</source>
      <translation>取消的原因（记入该场次的日志）。</translation>
    </message>
    <message>
      <source>Move a learner's seat away from a failed PC (换机), as the proctor's console does: the attempt begun
there uses no attempt, and the learner's results are judged again.</source>
      <translation>把考生的座位从出故障的考试机上移开（换机），与监考台的操作相同：在原机器上开始的作答不占考试次数，考生的成绩重新判定。</translation>
    </message>
    <message>
      <source>LEARNER_NO</source>
      <translation>学号</translation>
    </message>
    <message>
      <source>STATION_ID</source>
      <translation>考试机ID</translation>
    </message>
    <message>
      <source>Bind the seat to this enrolled station of the room at once; without it, the seat is freed and the learner goes on at the first station of the room they log in at.</source>
      <translation>立即把座位绑定到本考场这台已注册的考试机；不加此项则只空出座位，考生在本考场先登录的那台考试机上继续考试。</translation>
    </message>
    <message>
      <source>Why (the PC failed, …), kept in the sitting's log.</source>
      <translation>原因（考试机故障等），记入场次日志。</translation>
    </message>
    <message>
      <source>Stations that deliver results here.</source>
      <translation>向本服务器送交成绩的考试机。</translation>
    </message>
    <message>
      <source>The stations and lower servers known here: approved, waiting for approval, or revoked; the unit each
serves (its units below too) and the exam room it stands in.</source>
      <translation>本服务器已知的考试机和下级服务器：已批准、待批准或已吊销；以及各自服务的单位（含下级单位）和所在考场。</translation>
    </message>
    <message>
      <source>Print a one-time enrolment code: a station (with --server, or at a province: a lower centre's server,
`set-upstream --code`) enrolling with it is approved at once. A station's code enrols no server and a
server's code no station.</source>
      <translation>打印一次性注册码：用它注册的考试机（加 --server 或在省级服务器上：下级考试中心的服务器，用于 `set-upstream --code`）立即获批。考试机的注册码不能注册服务器，服务器的注册码也不能注册考试机。</translation>
    </message>
    <message>
      <source>How long the code is valid (at most two weeks).</source>
      <translation>注册码有效时长（最长两周）。</translation>
    </message>
    <message>
      <source>The unit whose roster the station receives (default: the server's top unit).</source>
      <translation>考试机接收哪个单位的名单（默认：服务器的顶级单位）。</translation>
    </message>
    <message>
      <source>The exam room the PC stands in: sittings of other rooms refuse it.</source>
      <translation>该电脑所在的考场：其他考场的场次会拒绝它。</translation>
    </message>
    <message>
      <source>A code for a lower exam centre's server (its `xuefa-server set-upstream --code`), not for a station. At a provincial server every code is a server's.</source>
      <translation>生成供下级考试中心服务器使用的注册码（用于其 `xuefa-server set-upstream --code`），不供考试机使用。省级服务器上生成的注册码都是服务器的注册码。</translation>
    </message>
    <message>
      <source>Pre-enrol a room of PCs: write OUT, an enrolment file with one one-time code per PC, that each PC
reads at first run (or `xuefa enrol --file OUT --pc NAME`); the codes are also printed, for a list.</source>
      <translation>预先注册一个考场的电脑：写出注册文件（输出文件），其中每台电脑一个一次性注册码，各电脑首次运行时读取（或 `xuefa enrol --file 注册文件 --pc 电脑名`）；注册码也会显示出来，便于列表。</translation>
    </message>
    <message>
      <source>The room, e.g. 第一考场: the PCs are named 第一考场-01, -02 …</source>
      <translation>考场，例如 第一考场：电脑命名为 第一考场-01、-02 …</translation>
    </message>
    <message>
      <source>How many PCs.</source>
      <translation>电脑台数。</translation>
    </message>
    <message>
      <source>This server's address as the PCs reach it, e.g. https://192.168.1.10:8470</source>
      <translation>各电脑访问本服务器的地址，例如 https://192.168.1.10:8470</translation>
    </message>
    <message>
      <source>How long the codes are valid (at most two weeks).</source>
      <translation>注册码有效时长（最长两周）。</translation>
    </message>
    <message>
      <source>The unit whose roster the stations receive (default: the server's top unit).</source>
      <translation>考试机接收哪个单位的名单（默认：服务器的顶级单位）。</translation>
    </message>
    <message>
      <source>List the enrolment codes not yet used and still valid, by room, unit and whom they enrol.</source>
      <translation>按考场、单位和注册对象列出尚未使用且仍有效的注册码。</translation>
    </message>
    <message>
      <source>Make unused enrolment codes unusable: a room file lost, or left over after the room is enrolled.</source>
      <translation>作废未使用的注册码：考场注册文件丢失，或考场注册完后剩余的注册码。</translation>
    </message>
    <message>
      <source>Only the codes of this exam room (default: every unused code).</source>
      <translation>只作废该考场的注册码（默认：全部未使用的注册码）。</translation>
    </message>
    <message>
      <source>Only the codes made for this unit (needed when units' rooms share the name).</source>
      <translation>只处理为该单位生成的注册码（各单位的考场同名时必须指定）。</translation>
    </message>
    <message>
      <source>Approve a lower server from its server-signing.key.pub, for USB bundles when no network reaches.</source>
      <translation>根据下级服务器的 server-signing.key.pub 批准它，用于无网络时的 U 盘成绩文件。</translation>
    </message>
    <message>
      <source>The unit the lower server serves: it receives that part of the roster. Without it, it gets none until it enrols with a code of its unit (or is added again with --unit).</source>
      <translation>下级服务器所服务的单位：它将收到该单位的人员名单。不指定时，它收不到名单，直到用本单位的注册码注册（或再次用 --unit 添加）。</translation>
    </message>
    <message>
      <source>Approve a station that asked to enrol without a code (devices list shows it), or take back a revoked
one: it receives its certificate at its next sync.</source>
      <translation>批准一台未用注册码申请注册的考试机（devices list 可见），或恢复已吊销的考试机：它在下次同步时收到证书。</translation>
    </message>
    <message>
      <source>DEVICE_ID</source>
      <translation>设备编号</translation>
    </message>
    <message>
      <source>Certificate lifetime (default 365).</source>
      <translation>证书有效期（默认 365 天）。</translation>
    </message>
    <message>
      <source>Revoke a station or lower server: its results and requests are refused from then on (it can only
come back by an administrator's explicit approval).</source>
      <translation>吊销一台考试机或下级服务器：此后拒收它的成绩和请求（只有管理员明确批准才能恢复）。</translation>
    </message>
    <message>
      <source>Create an administrator account scoped to a unit's subtree. The first password is asked for (hidden)
or read from stdin: at least 12 characters, not a common password, not the user name. Its owner must
change it at the first login.</source>
      <translation>创建一个管辖某单位及其下级的管理员账号。首个密码通过隐藏输入或标准输入读取：至少 12 个字符，不能是常用密码，不能包含用户名。账号所有人首次登录时必须修改。</translation>
    </message>
    <message>
      <source>USERNAME</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>proctor: runs sittings of the unit's subtree, nothing else.</source>
      <translation>proctor（监考员）：只主持本单位及下级单位的场次，不做其他操作。</translation>
    </message>
    <message>
      <source>The unit whose subtree this administrator manages.</source>
      <translation>该管理员管辖其下级的单位。</translation>
    </message>
    <message>
      <source>The administrator's name, for the unit summary table.</source>
      <translation>管理员姓名，用于单位汇总表。</translation>
    </message>
    <message>
      <source>Contact phone, for the unit summary table.</source>
      <translation>联系电话，用于单位汇总表。</translation>
    </message>
    <message>
      <source>Contact e-mail, for the unit summary table.</source>
      <translation>联系电子邮箱，用于单位汇总表。</translation>
    </message>
    <message>
      <source>Administrator accounts: list, new password, disable, enable, role, end their sessions.</source>
      <translation>管理员账号：列出、设置新密码、停用、启用、更改角色、结束其会话。</translation>
    </message>
    <message>
      <source>The administrator and proctor accounts: role, unit, and whether disabled.</source>
      <translation>管理员和监考员账号：角色、单位以及是否停用。</translation>
    </message>
    <message>
      <source>Set a new password (asked for, hidden, or read from stdin); every session of the account ends. The
owner must change it at the next login unless --keep.</source>
      <translation>设置新密码（隐藏输入，或从标准输入读取）；该账号的所有会话都将结束。除非加 --keep，账号所有人下次登录时必须修改。</translation>
    </message>
    <message>
      <source>The owner typed it here themselves: no forced change at the next login.</source>
      <translation>由账号所有人本人在此输入：下次登录时不强制修改。</translation>
    </message>
    <message>
      <source>The account can no longer log in; its sessions end at once.</source>
      <translation>该账号不能再登录；其会话立即结束。</translation>
    </message>
    <message>
      <source>Enable a disabled account again.</source>
      <translation>重新启用已停用的账号。</translation>
    </message>
    <message>
      <source>Change the role (the unit stays); the account's sessions end.</source>
      <translation>更改角色（所属单位不变）；该账号的会话结束。</translation>
    </message>
    <message>
      <source>End every session of the account (a lost laptop, a token seen by someone).</source>
      <translation>结束该账号的所有会话（笔记本丢失、令牌被他人看到）。</translation>
    </message>
    <message>
      <source>The units tree (province, city, district, unit).</source>
      <translation>单位树（省、市、县区、单位）。</translation>
    </message>
    <message>
      <source>Add or rename a unit.</source>
      <translation>添加单位或为单位改名。</translation>
    </message>
    <message>
      <source>UNIT_ID</source>
      <translation>单位代码</translation>
    </message>
    <message>
      <source>NAME</source>
      <translation>名称</translation>
    </message>
    <message>
      <source>province 省, city 市, district 县区 or unit 单位 (a new unit needs it; a unit renamed keeps its own unless given).</source>
      <translation>province 省、city 市、district 县区 或 unit 单位（新单位必填；改名的单位不给出时保持原级别）。</translation>
    </message>
    <message>
      <source>The unit above it (a new unit without one is a top unit; a unit renamed keeps its own unless given; --parent "" makes it a top unit).</source>
      <translation>上级单位（新单位不给出时为顶级单位；改名的单位不给出时保持原上级；--parent "" 把它设为顶级单位）。</translation>
    </message>
    <message>
      <source>The units tree: each unit with its level and the unit above it.</source>
      <translation>单位树：每个单位及其级别和上级单位。</translation>
    </message>
    <message>
      <source>Add and update learners from an Excel roster (学号, 姓名, 单位, 职务级别, 手机号, 状态 …).</source>
      <translation>从 Excel 名单添加和更新考生（学号、姓名、单位、职务级别、手机号、状态 …）。</translation>
    </message>
    <message>
      <source>Where to write the new learners' account slips (PDF; default: beside the file).</source>
      <translation>新考生账号通知单（PDF）的保存位置（默认：名单文件旁边）。</translation>
    </message>
    <message>
      <source>Write the roster in the import template's layout.</source>
      <translation>按导入模板的格式写出名单。</translation>
    </message>
    <message>
      <source>Only this unit and the units below it.</source>
      <translation>只包括该单位及其下级单位。</translation>
    </message>
    <message>
      <source>Give a learner a new one-time password (it reaches the stations with the next sync).</source>
      <translation>为考生生成新的一次性密码（下次同步时到达考试机）。</translation>
    </message>
    <message>
      <source>Also write the account slip (PDF).</source>
      <translation>同时写出账号通知单（PDF）。</translation>
    </message>
    <message>
      <source>Accept exam packages signed by this issuer (its .pub file from xuefa-pack); stations learn it too.</source>
      <translation>接受该出题单位签名的考试包（xuefa-pack 生成的 .pub 文件）；考试机也将得知。</translation>
    </message>
    <message>
      <source>Set a policy value handed down to stations (late_login_minutes, sync_interval_seconds, …).</source>
      <translation>设置下发给考试机的策略值（late_login_minutes、sync_interval_seconds …）。</translation>
    </message>
    <message>
      <source>KEY</source>
      <translation>设置项</translation>
    </message>
    <message>
      <source>VALUE</source>
      <translation>值</translation>
    </message>
    <message>
      <source>Participation and pass rates for an exam: the unit, then each unit below it.</source>
      <translation>某场考试的参考率和通过率：先是该单位，再逐一列出其下级单位。</translation>
    </message>
    <message>
      <source>The unit to report on (default: the top unit).</source>
      <translation>统计的单位（默认：顶级单位）。</translation>
    </message>
    <message>
      <source>Only leaders (the organisation department's report).</source>
      <translation>只统计领导干部（组织部门报表）。</translation>
    </message>
    <message>
      <source>一人一档: a learner's exams by year, each attempt, and the one that counts.</source>
      <translation>一人一档：考生按年度的考试、每次作答以及计入的那一次。</translation>
    </message>
    <message>
      <source>How each question of an exam worked: facility, discrimination, options chosen; worst first.</source>
      <translation>某场考试每道题的情况：难度、区分度、各选项选择情况；最差的排在前面。</translation>
    </message>
    <message>
      <source>The unit summary table: each unit, its headcount, its unit administrators' names, phones and e-mails.</source>
      <translation>单位汇总表：每个单位的人数及其单位管理员的姓名、电话和电子邮箱。</translation>
    </message>
    <message>
      <source>The unit to start from (default: the top unit).</source>
      <translation>起始单位（默认：顶级单位）。</translation>
    </message>
    <message>
      <source>Add, change, move or look up one learner.</source>
      <translation>添加、修改、调动或查询单个考生。</translation>
    </message>
    <message>
      <source>Add a learner; prints the one-time initial password (shown once).</source>
      <translation>添加考生；显示一次性初始密码（只显示一次）。</translation>
    </message>
    <message>
      <source>The learner's name, as on their ID.</source>
      <translation>考生姓名，与身份证一致。</translation>
    </message>
    <message>
      <source>The unit's code (`xuefa-server units list`).</source>
      <translation>单位代码（`xuefa-server units list`）。</translation>
    </message>
    <message>
      <source>职务级别, e.g. 科员.</source>
      <translation>职务级别，例如 科员。</translation>
    </message>
    <message>
      <source>A leading cadre (领导干部): counted apart in the reports.</source>
      <translation>领导干部：在报表中单独统计。</translation>
    </message>
    <message>
      <source>A phone number, for the unit's contact list.</source>
      <translation>电话号码，用于单位通讯录。</translation>
    </message>
    <message>
      <source>Also write the account slip with the one-time password (PDF).</source>
      <translation>同时写出含一次性密码的账号通知单（PDF）。</translation>
    </message>
    <message>
      <source>Change a learner's name, rank, leader flag, phone or status; what is not given stays.</source>
      <translation>修改考生的姓名、职务级别、领导标记、电话或状态；未给出的保持不变。</translation>
    </message>
    <message>
      <source>A new name.</source>
      <translation>新的姓名。</translation>
    </message>
    <message>
      <source>A new 职务级别.</source>
      <translation>新的职务级别。</translation>
    </message>
    <message>
      <source>A leading cadre (领导干部), or no longer.</source>
      <translation>是否为领导干部。</translation>
    </message>
    <message>
      <source>A new phone number.</source>
      <translation>新的电话号码。</translation>
    </message>
    <message>
      <source>在职, 调出, 退休 or 免考 (active, transferred, retired, exempt).</source>
      <translation>在职、调出、退休 或 免考（active、transferred、retired、exempt）。</translation>
    </message>
    <message>
      <source>With --status 免考: the reason (required), e.g. 长期病假.</source>
      <translation>与 --status 免考 一起用：原因（必填），例如 长期病假。</translation>
    </message>
    <message>
      <source>With --status 免考: first day, e.g. 2027-01-01.</source>
      <translation>与 --status 免考 一起用：起始日期，例如 2027-01-01。</translation>
    </message>
    <message>
      <source>With --status 免考: last day, e.g. 2027-06-30.</source>
      <translation>与 --status 免考 一起用：截止日期，例如 2027-06-30。</translation>
    </message>
    <message>
      <source>Move a learner to another unit: the old unit's stations stop letting them sign in after their next
sync, the new unit's stations receive them; their results and points stay theirs.</source>
      <translation>把考生调到另一个单位：原单位的考试机在下次同步后不再允许其登录，新单位的考试机将收到该考生；其成绩和积分仍归本人。</translation>
    </message>
    <message>
      <source>The unit the learner now belongs to.</source>
      <translation>考生现在所属的单位。</translation>
    </message>
    <message>
      <source>One learner: unit, rank, status, whether the one-time password is still to be changed, and their
moves between units.</source>
      <translation>单个考生：单位、职务级别、状态、一次性密码是否尚未修改，以及调动记录。</translation>
    </message>
    <message>
      <source>Build exam packages for Xuefa stations.</source>
      <translation>为学法考试机生成考试包。</translation>
    </message>
    <message>
      <source>Create an issuer signing key (private file) and its public file (PRIVATE_PATH.pub).</source>
      <translation>创建出题单位签名密钥（私钥文件）及其公钥文件（私钥文件名加 .pub）。</translation>
    </message>
    <message>
      <source>PRIVATE_PATH</source>
      <translation>私钥文件</translation>
    </message>
    <message>
      <source>Issuing authority, e.g. 某省普法办</source>
      <translation>出题单位，例如 某省普法办</translation>
    </message>
    <message>
      <source>Create a results key pair: PRIVATE_PATH for the server, PRIVATE_PATH.pub for packages.</source>
      <translation>创建成绩密钥对：私钥文件供服务器使用，私钥文件名加 .pub 的公钥文件供考试包使用。</translation>
    </message>
    <message>
      <source>Server that will open the results, e.g. 市考试中心</source>
      <translation>将打开成绩的服务器，例如 市考试中心</translation>
    </message>
    <message>
      <source>Write the Excel question-bank template with two example rows.</source>
      <translation>写出 Excel 题库模板，含两行示例。</translation>
    </message>
    <message>
      <source>Build OUT from question BANKS (.xlsx or .json) and an exam definition; print the start code.</source>
      <translation>由题库文件（.xlsx 或 .json）和考试定义生成 --out 所给的考试包；显示开考码。</translation>
    </message>
    <message>
      <source>BANKS</source>
      <translation>题库文件</translation>
    </message>
    <message>
      <source>The exam's description (.json): title, window, duration, pass mark, paper.</source>
      <translation>考试说明文件（.json）：名称、考试时间窗口、时长、合格分和组卷方式。</translation>
    </message>
    <message>
      <source>The issuer's signing key (new-issuer made it); stations trust its .pub.</source>
      <translation>出题单位的签名密钥（由 new-issuer 生成）；考试机信任其 .pub 文件。</translation>
    </message>
    <message>
      <source>A results public key file (repeat for centre and province).</source>
      <translation>成绩公钥文件（考试中心和省级各一个，可重复）。</translation>
    </message>
    <message>
      <source>The package file to write (.xfp).</source>
      <translation>要写出的考试包文件（.xfp）。</translation>
    </message>
    <message>
      <source>Use this start code instead of a new random one.</source>
      <translation>使用此开考码，而不是新的随机开考码。</translation>
    </message>
    <message>
      <source>The proctor's secret: it makes the proctor's offline codes (extra time, resume, start) and closes an exam window; never read out. At least 10 characters, not the start code; a random one is made and printed if not given (best).</source>
      <translation>监考员的密语：用于生成离线监考码（延长时间、恢复、开考）和关闭考试窗口；切勿念出。至少 10 个字符，不能与开考码相同；不给出时会生成并显示一个随机密码（推荐）。</translation>
    </message>
    <message>
      <source>Sign study content for stations and servers: courses, the year's plan, a practice bank.</source>
      <translation>为考试机和服务器签名学习内容：课程、年度计划、练习题库。</translation>
    </message>
    <message>
      <source>Course sources (JSON; pictures in an img/ folder beside it): one .xfc per course.</source>
      <translation>课程源文件（JSON；图片放在其旁边的 img/ 文件夹中）：每门课程一个 .xfc。</translation>
    </message>
    <message>
      <source>A study plan (JSON): written as PLAN_ID.xfs.</source>
      <translation>学习计划（JSON）：写出为 PLAN_ID.xfs。</translation>
    </message>
    <message>
      <source>A practice bank (.json or .xlsx, never an exam pool): written as practice.xfs.</source>
      <translation>练习题库（.json 或 .xlsx，绝不能是考试题库）：写出为 practice.xfs。</translation>
    </message>
    <message>
      <source>The folder the signed files are written to.</source>
      <translation>签名后文件写入的文件夹。</translation>
    </message>
    <message>
      <source>A demo exam centre on this PC: server, two exam-room stations and the proctor's console.</source>
      <translation>在本机建立一个演示考试中心：服务器、两台考场考试机和监考控制台。</translation>
    </message>
    <message>
      <source>Where the demo centre lives.</source>
      <translation>演示考试中心所在的文件夹。</translation>
    </message>
    <message>
      <source>The demo server's port (loopback only).</source>
      <translation>演示服务器的端口（仅限本机回环地址）。</translation>
    </message>
    <message>
      <source>Build and serve only, until Ctrl+C (no station windows).</source>
      <translation>只建立并运行服务器，直到按 Ctrl+C（不打开考试机窗口）。</translation>
    </message>
    <message>
      <source>The language of the windows.</source>
      <translation>窗口使用的语言。</translation>
    </message>
    <message>
      <source>the time mark now follows this PC's clock</source>
      <translation>时间标记现已跟随本机时钟</translation>
    </message>
    <message>
      <source>resume code</source>
      <translation>续考授权码</translation>
    </message>
    <message>
      <source>code for {minutes} extra minutes</source>
      <translation>延长 {minutes} 分钟的监考码</translation>
    </message>
    <message>
      <source>pause code</source>
      <translation>暂停码</translation>
    </message>
    <message>
      <source>code to restart the clock</source>
      <translation>恢复计时码</translation>
    </message>
    <message>
      <source>start code</source>
      <translation>开考码</translation>
    </message>
    <message>
      <source>closing code</source>
      <translation>退出授权码</translation>
    </message>
    <message>
      <source>the key helper runs on Linux; on Windows the keys are protected by DPAPI</source>
      <translation>密钥服务只在 Linux 上运行；在 Windows 上密钥由 DPAPI 保护</translation>
    </message>
    <message>
      <source>only the system administrator (root) may move station keys into the key service: keys in a learner's folder may have been placed there</source>
      <translation>只有系统管理员（root）可以把考试机密钥移入密钥服务：考生文件夹中的密钥可能是被人放进去的</translation>
    </message>
    <message>
      <source>only the PC's administrator may choose the data folder of every account: run the command prompt as administrator (以管理员身份运行)</source>
      <translation>只有本机管理员可以为所有用户选定数据文件夹：请以管理员身份运行命令提示符</translation>
    </message>
    <message>
      <source>`data-folder set` looks for the stations of this PC itself: leave out --data-dir (name the station to move with --from)</source>
      <translation>`data-folder set` 会自己查找本机的考试机：请去掉 --data-dir（要迁移的考试机用 --from 指明）</translation>
    </message>
    <message>
      <source>only the system administrator (root / an elevated Administrator) may reset the station's time mark: a learner's account may not</source>
      <translation>只有系统管理员（root / 以管理员身份运行）可以重置考试机的时间标记：考生账号不可以</translation>
    </message>
    <message>
      <source>--minutes goes with --action extra_time, and only with it</source>
      <translation>--minutes 只能且必须与 --action extra_time 一起使用</translation>
    </message>
    <message>
      <source>Proctor password</source>
      <translation>监考员密码</translation>
    </message>
    <message>
      <source>no proctor password was given: type it when asked, or give --proctor-password</source>
      <translation>没有给出监考员密码：请在询问时输入，或使用 --proctor-password</translation>
    </message>
    <message>
      <source>data folder: {folder}</source>
      <translation>数据文件夹：{folder}</translation>
    </message>
    <message>
      <source>warning: on the system drive; a restore card (还原卡, 冰点还原) would wipe answers not yet delivered at every restart: choose another disk with `xuefa data-folder set D:\XuefaData --move`</source>
      <translation>提醒：在系统盘上；如本机装有还原卡（冰点还原等），每次重启都会抹掉尚未上交的答案：请用 `xuefa data-folder set D:\XuefaData --move` 换到其他磁盘</translation>
    </message>
    <message>
      <source>the station's data folder is now {folder} for every account of this PC (set in {file})</source>
      <translation>考试机数据文件夹现在是 {folder}，本机所有用户共用（设置保存在 {file}）</translation>
    </message>
    <message>
      <source>the mark is not ahead of the clock: nothing to reset</source>
      <translation>时间标记没有超前于时钟：无需重置</translation>
    </message>
    <message>
      <source>{what} for {challenge}: {code}</source>
      <translation>{challenge} 的{what}：{code}</translation>
    </message>
    <message>
      <source>key helper listening on {socket}; keys in {folder}</source>
      <translation>密钥服务正在监听 {socket}；密钥保存在 {folder}</translation>
    </message>
    <message>
      <source>station {device}: keys held by {holder}; key fingerprint {fingerprint} (check it against xuefa-server devices list before the station takes exams)</source>
      <translation>考试机 {device}：密钥由 {holder} 保管；密钥指纹 {fingerprint}（考试机参加考试前，请与 xuefa-server devices list 核对）</translation>
    </message>
    <message>
      <source>this user's own folder: another account of this PC uses another one; choose one for every account with `xuefa data-folder set FOLDER --move`</source>
      <translation>这是当前用户自己的文件夹：本机其他用户用的是另一个；请用 `xuefa data-folder set 文件夹 --move` 为所有用户选定一个</translation>
    </message>
    <message>
      <source>holds a station</source>
      <translation>里面已有考试机</translation>
    </message>
    <message>
      <source>holds no station yet</source>
      <translation>里面还没有考试机</translation>
    </message>
    <message>
      <source>other stations on this PC (their results are there until delivered): {folders}</source>
      <translation>本机上的其他考试机（上交之前，它们的成绩保存在那里）：{folders}</translation>
    </message>
    <message>
      <source>the station was copied from {old} and checked; {old} is kept, marked as moved (it opens no more): delete it once Xuefa works from the new folder</source>
      <translation>考试机已从 {old} 复制过来并检查无误；{old} 保留并标记为已迁移（不能再打开）：确认学法在新文件夹中正常工作后再删除它</translation>
    </message>
    <message>
      <source>warning: another station is still in {folder}: deliver its results (`xuefa --data-dir {folder} sync`, or export-results to a USB stick)</source>
      <translation>提醒：{folder} 中还有另一台考试机：请上交其中的成绩（`xuefa --data-dir {folder} sync`，或用 export-results 导出到U盘）</translation>
    </message>
    <message>
      <source>warning: {note}</source>
      <translation>提醒：{note}</translation>
    </message>
    <message>
      <source>the station's time mark: {mark}
this PC's clock now: {clock}</source>
      <translation>考试机的时间标记：{mark}
本机时钟现在：{clock}</translation>
    </message>
    <message>
      <source>{challenge} is not a station challenge ({length} letters and digits)</source>
      <translation>{challenge} 不是考试机显示的本机码（{length} 位字母和数字）</translation>
    </message>
    <message>
      <source>this package was made before the proctor key (December 2026): it has no proctor codes; build it again</source>
      <translation>该考试包生成于监考密钥启用（2026年12月）之前：没有监考码；请重新生成</translation>
    </message>
    <message>
      <source>the proctor password is not right for this package (it is on the proctor's sheet; the start code does not make codes)</source>
      <translation>该考试包的监考密码不正确（监考密码在监考员单上；开考码不能生成监考码）</translation>
    </message>
    <message>
      <source>the package cannot be opened</source>
      <translation>无法打开该考试包</translation>
    </message>
    <message>
      <source>named with --data-dir for this command</source>
      <translation>本次命令用 --data-dir 指定</translation>
    </message>
    <message>
      <source>named by the system variable XUEFA_DATA_DIR, for every account</source>
      <translation>由系统环境变量 XUEFA_DATA_DIR 指定，所有用户共用</translation>
    </message>
    <message>
      <source>cannot be read by this account</source>
      <translation>当前用户无法读取</translation>
    </message>
    <message>
      <source>put the mark back by {by} to the PC's clock? Check the clock first</source>
      <translation>把时间标记回拨 {by}，与本机时钟一致？请先检查时钟</translation>
    </message>
    <message>
      <source>the key service did not reset its copy of the mark</source>
      <translation>密钥服务未能重置其保存的时间标记</translation>
    </message>
    <message>
      <source>chosen for every account of this PC when the first station was set up, in {file}</source>
      <translation>首次设置考试机时为本机所有用户选定，保存在 {file}</translation>
    </message>
    <message>
      <source>its station was moved to {folder}</source>
      <translation>其中的考试机已迁移到 {folder}</translation>
    </message>
    <message>
      <source>set for every account of this PC in {file}</source>
      <translation>已为本机所有用户设定，保存在 {file}</translation>
    </message>
    <message>
      <source>the station's database in {folder} is damaged and cannot be read: nothing was changed. Deliver nothing from this PC; call the exam-centre IT staff (keep the folder as it is: it is evidence)</source>
      <translation>{folder} 中的考试机数据库已损坏，无法读取：未作任何更改。请勿从这台电脑上报任何内容；请联系考点技术人员（保持该文件夹原样：它是证据）</translation>
    </message>
    <message>
      <source>{what}: {why}</source>
      <translation>{what}：{why}</translation>
    </message>
    <message>
      <source>{days} d {hours} h {minutes} min {seconds} s</source>
      <translation>{days} 天 {hours} 小时 {minutes} 分 {seconds} 秒</translation>
    </message>
    <message>
      <source>the station of {folder} was moved to {moved}: use that folder (this one is kept only as it was; nothing was opened)</source>
      <translation>{folder} 中的考试机已迁移到 {moved}：请使用那个文件夹（这个文件夹只作原样保留；未打开任何内容）</translation>
    </message>
    <message>
      <source>the station in {folder} has its database but not its keys (station.key or station.id): nothing was opened or changed. Put the keys file back from where the folder was copied or backed up; new keys would make the saved answers unreadable</source>
      <translation>{folder} 中的考试机有数据库，但缺少其密钥文件（station.key 或 station.id）：未打开也未更改任何内容。请从复制来源或备份中放回密钥文件；换用新密钥会使已保存的作答无法读取</translation>
    </message>
    <message>
      <source>there is no station in {folder}: check --data-dir (the station's data folder)</source>
      <translation>{folder} 中没有考试机数据：请检查 --data-dir（考试机的数据文件夹）</translation>
    </message>
    <message>
      <source>there is no folder {folder}: check --data-dir; to set up a new station there, make the folder first</source>
      <translation>没有文件夹 {folder}：请检查 --data-dir；如要在该处新建考试机，请先建立该文件夹</translation>
    </message>
    <message>
      <source>there was no station in {folder}: a new one is set up there (if that is not the station's data folder, check --data-dir)</source>
      <translation>{folder} 中原来没有考试机数据：已在此新建一台考试机（如果这不是本机的数据文件夹，请检查 --data-dir）</translation>
    </message>
    <message>
      <source>{file} is not a public key file of Xuefa, or it is damaged: copy it again (it ends in .pub)</source>
      <translation>{file} 不是学法的公钥文件，或已损坏：请重新复制（文件名以 .pub 结尾）</translation>
    </message>
    <message>
      <source>; nothing was kept in {folder}</source>
      <translation>；{folder} 中未保留任何内容</translation>
    </message>
    <message>
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <source>a record this station no longer holds</source>
      <translation>本考试机上已没有的一条记录</translation>
    </message>
    <message>
      <source>approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <source>waiting for the administrator's approval</source>
      <translation>等待管理员批准</translation>
    </message>
    <message>
      <source>the results could not be written to {path}; nothing was lost. Check the stick has space and is not write-protected, then try again</source>
      <translation>成绩未能写入 {path}；没有丢失任何内容。请检查 U 盘有空间且未写保护，然后重试</translation>
    </message>
    <message>
      <source>{file} was not applied</source>
      <translation>{file} 未应用</translation>
    </message>
    <message>
      <source>--pc goes with --file (a room's enrolment file); with a server address and --code, name this PC with --name, or leave it out</source>
      <translation>--pc 只与 --file（考场注册文件）一起使用；使用服务器地址和 --code 时，请用 --name 为本机命名，或不写</translation>
    </message>
    <message>
      <source>give either SERVER_URL (and --code), or --file with --pc</source>
      <translation>请给出服务器地址（以及 --code），或者 --file 和 --pc</translation>
    </message>
    <message>
      <source>enrolment failed</source>
      <translation>注册失败</translation>
    </message>
    <message>
      <source>no server: results leave by USB (xuefa export-results), or enrol with `xuefa enrol`</source>
      <translation>未连接服务器：成绩通过 U 盘送出（xuefa export-results），或用 `xuefa enrol` 注册</translation>
    </message>
    <message>
      <source>trusted exam issuer</source>
      <translation>信任的出题单位</translation>
    </message>
    <message>
      <source>trusted server</source>
      <translation>信任的服务器</translation>
    </message>
    <message>
      <source>delivered: nothing waits to be delivered</source>
      <translation>送达：没有待送达的内容</translation>
    </message>
    <message>
      <source>nothing to export: no result or study record of this station waits for delivery; no file was written</source>
      <translation>没有可导出的内容：本考试机没有等待送达的成绩或学习记录；未写入任何文件</translation>
    </message>
    <message>
      <source>{results} result(s) and {records} study record(s) written to {path} and verified. They stay on this station until the centre's receipt file is imported.</source>
      <translation>已将 {results} 份成绩和 {records} 条学习及账号记录写入 {path} 并校验。在导入考试中心的回执文件之前，它们仍保留在本考试机上。</translation>
    </message>
    <message>
      <source>trusted server: {server}</source>
      <translation>已信任服务器：{server}</translation>
    </message>
    <message>
      <source>{cleared} result(s) confirmed by the server; {left} still waiting for delivery</source>
      <translation>服务器已确认 {cleared} 份成绩；仍有 {left} 份等待送达</translation>
    </message>
    <message>
      <source>{status} (server {fingerprint})</source>
      <translation>{status}（服务器 {fingerprint}）</translation>
    </message>
    <message>
      <source>this station's device id: {device} (the centre admin names it in `xuefa-server devices approve|revoke`)</source>
      <translation>本考试机的设备编号：{device}（考试中心管理员在 `xuefa-server devices approve|revoke` 中使用它）</translation>
    </message>
    <message>
      <source>station {device}, data folder {folder}</source>
      <translation>考试机 {device}，数据文件夹 {folder}</translation>
    </message>
    <message>
      <source>waiting for delivery: {results} result(s), {records} study or account record(s)</source>
      <translation>等待送达：{results} 份成绩，{records} 条学习及账号记录</translation>
    </message>
    <message>
      <source>exams on this station: {count}</source>
      <translation>本考试机上的考试：{count} 场</translation>
    </message>
    <message>
      <source>this station is not enrolled with a server: run `xuefa enrol URL` first</source>
      <translation>本考试机尚未在服务器注册：请先运行 `xuefa enrol 服务器地址`</translation>
    </message>
    <message>
      <source>delivery</source>
      <translation>送达</translation>
    </message>
    <message>
      <source>taking changes</source>
      <translation>取回变更</translation>
    </message>
    <message>
      <source>the result of learner {learner} in {exam}</source>
      <translation>考生 {learner} 的《{exam}》成绩</translation>
    </message>
    <message>
      <source>the password change of learner {learner}</source>
      <translation>考生 {learner} 的密码修改</translation>
    </message>
    <message>
      <source>a study record of learner {learner}</source>
      <translation>考生 {learner} 的一条学习记录</translation>
    </message>
    <message>
      <source>the {count} result(s) {file} confirms were confirmed before (by a sync, or this file imported earlier): nothing changed</source>
      <translation>{file} 确认的 {count} 份成绩此前已确认过（经同步，或此前已导入过该文件）：没有任何变化</translation>
    </message>
    <message>
      <source>{count} receipt(s) matched no result of this station</source>
      <translation>{count} 条回执与本考试机的成绩不符</translation>
    </message>
    <message>
      <source>{cleared} study record(s) and {passwords} password change(s) confirmed; {left} still waiting</source>
      <translation>已确认 {cleared} 条学习记录和 {passwords} 项密码修改；仍有 {left} 条等待</translation>
    </message>
    <message>
      <source>nothing on this station was confirmed by {file}: is it the receipt file of another station's bundle?</source>
      <translation>{file} 没有确认本考试机的任何记录：它是否是另一台考试机的成绩文件的回执？</translation>
    </message>
    <message>
      <source>this enrolment code was already used, and this station is enrolled already (`xuefa status` shows its server): a new code is needed only to move it to another server</source>
      <translation>该注册码已被使用，而本考试机已经注册（`xuefa status` 显示其服务器）：只有要改到另一台服务器时才需要新的注册码</translation>
    </message>
    <message>
      <source>note: this station was enrolled at another server before; {results} result(s) and {records} study record(s) or password change(s) made then still wait here: results sealed for that server only are refused by this one and stay here, so export them (xuefa export-results) and take the file to that centre</source>
      <translation>注意：本考试机之前注册在另一台服务器；那时产生的 {results} 份成绩和 {records} 条学习记录或密码修改仍在本机等待上传：只为那台服务器加密的成绩会被本服务器拒收并留在本机，请导出（xuefa export-results）并把文件交给原考试中心</translation>
    </message>
    <message>
      <source>this PC's clock is {span} behind the latest time this station has seen ({mark}): exams start only with the proctor's code until then. Set the clock right; if the time seen was a mistake (a clock set far ahead), IT resets it: xuefa reset-time-mark</source>
      <translation>本机时钟比本考试机见过的最晚时间（{mark}）慢 {span}：在此之前，考试须凭监考员的授权码才能开始。请把时钟调准；如果那个时间是误设的（时钟曾被调快很多），请信息技术人员重置：xuefa reset-time-mark</translation>
    </message>
    <message>
      <source>last delivered: {delivered}; last taken from the server: {pulled}</source>
      <translation>最近送达：{delivered}；最近从服务器取回：{pulled}</translation>
    </message>
    <message>
      <source>last confirmed by a receipt file (USB): {at}</source>
      <translation>最近一次由回执文件（U 盘）确认：{at}</translation>
    </message>
    <message>
      <source>  the password change of learner {learner} was kept by the server but not taken: {detail}; the learner uses the password the server hands down</source>
      <translation>  服务器保存了考生 {learner} 的密码修改但未采用：{detail}；该考生使用服务器下发的密码</translation>
    </message>
    <message>
      <source>taken from the server: {changes} change(s) (learners concerned: {learners}; new exam packages: {packages})</source>
      <translation>从服务器取回 {changes} 项变更（涉及考生 {learners} 名；新考试包 {packages} 个）</translation>
    </message>
    <message>
      <source>; the delivery above stands</source>
      <translation>；上面的送达仍然有效</translation>
    </message>
    <message>
      <source>  result {result} was refused by the server: {why}</source>
      <translation>  成绩 {result} 被服务器拒收：{why}</translation>
    </message>
    <message>
      <source>waiting for the administrator's approval: nothing is delivered until then (xuefa-server devices approve {device} at the centre)</source>
      <translation>等待管理员批准：批准前不会上传任何内容（在考试中心运行 xuefa-server devices approve {device}）</translation>
    </message>
    <message>
      <source>the last delivery did not finish, at {at}: what it did not deliver waits here; run xuefa sync again</source>
      <translation>最近一次送达于 {at} 未完成：未送达的内容仍在本机等待；请再次运行 xuefa sync</translation>
    </message>
    <message>
      <source>the last try to take the server's changes failed at {at}: run xuefa sync again</source>
      <translation>最近一次取回服务器变更于 {at} 失败：请再次运行 xuefa sync</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}：{value}</translation>
    </message>
    <message>
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <source>delivered: {records} study record(s), {passwords} password change(s)</source>
      <translation>送达：{records} 条学习记录，{passwords} 项密码修改</translation>
    </message>
    <message>
      <source>  refused: {what} ({id}): {why} (kept on this station)</source>
      <translation>  被拒收：{what}（{id}）：{why}（保留在本考试机上）</translation>
    </message>
    <message>
      <source>  skipped: {why}</source>
      <translation>  已跳过：{why}</translation>
    </message>
    <message>
      <source>taking changes failed: {why}</source>
      <translation>取回变更失败：{why}</translation>
    </message>
    <message>
      <source>server {url}</source>
      <translation>服务器 {url}</translation>
    </message>
    <message>
      <source>, certificate {pin}</source>
      <translation>，证书 {pin}</translation>
    </message>
    <message>
      <source>this station was revoked at the server: results stay here; a new code does not enrol it again: the centre admin takes it back with xuefa-server devices approve {device}</source>
      <translation>本考试机已在服务器被吊销：成绩保留在本机；用新的注册码也不能重新注册：请考试中心管理员用 xuefa-server devices approve {device} 恢复本机</translation>
    </message>
    <message>
      <source>delivered: {confirmed} of {total} result(s) confirmed by the server, {records} study record(s), {passwords} password change(s)</source>
      <translation>送达：服务器确认了 {total} 份成绩中的 {confirmed} 份，{records} 条学习记录，{passwords} 项密码修改</translation>
    </message>
    <message>
      <source>{left} result(s) and {records} study or account record(s)</source>
      <translation>{left} 份成绩和 {records} 条学习及账号记录</translation>
    </message>
    <message>
      <source>{path} holds the results of another station ({station}) that would be lost from the stick: write this station's results to another file name</source>
      <translation>{path} 中是另一台考试机（{station}）的成绩，覆盖后 U 盘上的这些成绩就没有了：请把本机成绩写到另一个文件名</translation>
    </message>
    <message>
      <source>{path} is already there and is not a results file: write to another file name</source>
      <translation>{path} 已存在且不是成绩文件：请写到另一个文件名</translation>
    </message>
    <message>
      <source> (key {fingerprint})</source>
      <translation>（密钥 {fingerprint}）</translation>
    </message>
    <message>
      <source>{records} study or account record(s)</source>
      <translation>{records} 条学习及账号记录</translation>
    </message>
    <message>
      <source>{left} result(s)</source>
      <translation>{left} 份成绩</translation>
    </message>
    <message>
      <source>delivery failed: {why}; {confirmed} result(s) were delivered before that; {left} stay on this station until that is settled</source>
      <translation>送达失败：{why}；此前已送达 {confirmed} 份成绩；{left}仍在本考试机上，待此问题解决后再送</translation>
    </message>
    <message>
      <source>delivery failed: {why}; {confirmed} result(s) were delivered before that; {left} stay on this station for the next sync</source>
      <translation>送达失败：{why}；此前已送达 {confirmed} 份成绩；{left}仍在本考试机上，下次同步时再送</translation>
    </message>
    <message>
      <source>law library: 《{title}》 (an amendment or decision), {count} item(s)</source>
      <translation>法规库：《{title}》（修正案或决定），共 {count} 项</translation>
    </message>
    <message>
      <source>law library: 《{title}》, {count} article(s)</source>
      <translation>法规库：《{title}》，共 {count} 条</translation>
    </message>
    <message>
      <source>  it replaced the text of the same version held before</source>
      <translation>  已替换此前导入的同一版本文本</translation>
    </message>
    <message>
      <source>  it replaced the text held before under this name (the file names no version: a line such as （2023年12月29日…修订） under the title keeps versions apart)</source>
      <translation>  已替换此前以同一名称导入的文本（文件未写明版本：在标题下加一行如（2023年12月29日…修订），即可区分不同版本）</translation>
    </message>
    <message>
      <source>{count} learner(s) imported</source>
      <translation>已导入 {count} 名考生</translation>
    </message>
    <message>
      <source>trusted: {issuer}</source>
      <translation>已信任：{issuer}</translation>
    </message>
    <message>
      <source>{file} was not imported</source>
      <translation>{file} 未导入</translation>
    </message>
    <message>
      <source>imported: {title} ({id})</source>
      <translation>已导入：{title}（{id}）</translation>
    </message>
    <message>
      <source>already present: {title} ({id})</source>
      <translation>已存在：{title}（{id}）</translation>
    </message>
    <message>
      <source>none of the {total} files was imported (said above)</source>
      <translation>{total} 个文件均未导入（原因见上）</translation>
    </message>
    <message>
      <source>{refused} of {total} file(s) were not imported (said above); the others were</source>
      <translation>{total} 个文件中有 {refused} 个未导入（原因见上）；其余均已导入</translation>
    </message>
    <message>
      <source>  {count} line break(s) inside sentences were joined back (text copied from a PDF?)</source>
      <translation>  已将句子中间的 {count} 处换行接回（文本是否从 PDF 复制？）</translation>
    </message>
    <message>
      <source>  check: {what}</source>
      <translation>  请核对：{what}</translation>
    </message>
    <message>
      <source>, with its preamble (序言)</source>
      <translation>，含序言</translation>
    </message>
    <message>
      <source>, in force from {day}</source>
      <translation>，自 {day} 起施行</translation>
    </message>
    <message>
      <source>, version of {version}</source>
      <translation>，{version} 版本</translation>
    </message>
    <message>
      <source>a statute is read from a .txt, .docx or .html file: save it as one of these (from a PDF, copy its text into a .txt file)</source>
      <translation>法规只能从 .txt、.docx 或 .html 文件导入：请另存为其中一种格式（PDF 文件请把文字复制到 .txt 文件中）</translation>
    </message>
    <message>
      <source>{file} was not imported: {why}</source>
      <translation>{file} 未导入：{why}</translation>
    </message>
    <message>
      <source>set it again with `xuefa data-folder set FOLDER`, naming the folder that holds the station (`xuefa data-folder` lists the stations found on this PC)</source>
      <translation>请用 `xuefa data-folder set 文件夹` 重新设定，写出考试机所在的文件夹（`xuefa data-folder` 会列出本机上找到的考试机）</translation>
    </message>
    <message>
      <source>this account ({user}) may not use the station's data folder {folder}, which is for the group {group}: as root add the account to it (`usermod -aG {group} {user}`, then log out and in), or set the folder for another group (`xuefa data-folder set {folder} --group NAME`)</source>
      <translation>当前用户（{user}）无权使用考试机数据文件夹 {folder}，它属于组 {group}：请以 root 身份把该用户加入这个组（`usermod -aG {group} {user}`，然后注销再登录），或把文件夹设给另一个组（`xuefa data-folder set {folder} --group 组名`）</translation>
    </message>
    <message>
      <source>this Windows account may not use the station's data folder {folder}: as the PC's administrator run `xuefa data-folder set {folder}` again (it lets every account of the PC use it)</source>
      <translation>当前 Windows 用户无权使用考试机数据文件夹 {folder}：请以本机管理员身份再运行一次 `xuefa data-folder set {folder}`（这样本机所有用户都能使用它）</translation>
    </message>
    <message>
      <source>this account ({user}) may not use the station's data folder {folder}: the PC's administrator sets it again for the accounts' group (`xuefa data-folder set {folder} --group NAME`)</source>
      <translation>当前用户（{user}）无权使用考试机数据文件夹 {folder}：请本机管理员为这些用户所在的组重新设定（`xuefa data-folder set {folder} --group 组名`）</translation>
    </message>
    <message>
      <source>the system variable XUEFA_DATA_DIR names the data folder of every account ({folder}) and would still win: remove the variable (or set it to the new folder) first; nothing was changed</source>
      <translation>系统环境变量 XUEFA_DATA_DIR 已为所有用户指定了数据文件夹（{folder}），它仍会优先生效：请先删除该变量（或把它改成新文件夹）；未做任何更改</translation>
    </message>
    <message>
      <source>give the whole path of the folder, starting at the drive (e.g. D:\XuefaData, or /srv/xuefa on Linux)</source>
      <translation>请写出文件夹的完整路径，从盘符开始（例如 D:\XuefaData，Linux 上如 /srv/xuefa）</translation>
    </message>
    <message>
      <source>{folder} is on a network drive: use a local disk of this PC (SQLite cannot keep answers safe on a network drive)</source>
      <translation>{folder} 在网络驱动器上：请使用本机的本地磁盘（网络驱动器上无法可靠保存答案）</translation>
    </message>
    <message>
      <source>{folder} is a file, not a folder</source>
      <translation>{folder} 是一个文件，不是文件夹</translation>
    </message>
    <message>
      <source>the station of {folder} was moved to {moved}: that is the station's folder now; nothing was changed</source>
      <translation>{folder} 中的考试机已迁移到 {moved}：现在那里才是考试机的文件夹；未做任何更改</translation>
    </message>
    <message>
      <source>there is no station in {folder} (--from)</source>
      <translation>{folder} 中没有考试机（--from）</translation>
    </message>
    <message>
      <source>{folder} holds a station, and so does {others}: the PC would have two. Deliver the results of the one not kept (`xuefa --data-dir FOLDER sync`, or export-results to a USB stick), then remove its folder and run this again; nothing was changed</source>
      <translation>{folder} 中有一台考试机，{others} 中也有：本机会变成两台考试机。请先上交不再使用的那台的成绩（`xuefa --data-dir 文件夹 sync`，或用 export-results 导出到U盘），再删除它的文件夹，然后重新运行本命令；未做任何更改</translation>
    </message>
    <message>
      <source>the PC's station is in {pc}: move it with --move (--from {pc} when there are several), or deliver its results and remove that folder first; nothing was changed</source>
      <translation>本机的考试机在 {pc}：请用 --move 迁移它（有多台时加 --from {pc}），或先上交其中的成绩并删除那个文件夹；未做任何更改</translation>
    </message>
    <message>
      <source>no account is in the group {group} yet: add the exam account and IT's (`usermod -aG {group} NAME`, then log out and in)</source>
      <translation>组 {group} 中还没有任何用户：请把考试用户和信息技术人员的用户加入该组（`usermod -aG {group} 用户名`，然后注销再登录）</translation>
    </message>
    <message>
      <source>{new} has {free} MB free; the station needs {needed} MB: free some space or choose another disk; nothing was changed</source>
      <translation>{new} 所在磁盘剩余 {free} MB，考试机需要 {needed} MB：请清理出空间或换一个磁盘；未做任何更改</translation>
    </message>
    <message>
      <source>the station database in {folder} is damaged or incomplete: it is not taken; nothing was changed</source>
      <translation>{folder} 中的考试机数据库已损坏或不完整：不予采用；未做任何更改</translation>
    </message>
    <message>
      <source>this account may not read this PC's data-folder setting {file}: the PC's administrator lets every account read it (Linux: `chmod 755` on its folder and `chmod 644` on the file)</source>
      <translation>当前用户无权读取本机的数据文件夹设置 {file}：请本机管理员让所有用户都能读取它（Linux：对其所在文件夹执行 `chmod 755`，对文件执行 `chmod 644`）</translation>
    </message>
    <message>
      <source>this PC's data-folder setting {file} cannot be read ({reason}): {again}</source>
      <translation>无法读取本机的数据文件夹设置 {file}（{reason}）：{again}</translation>
    </message>
    <message>
      <source>this PC's data-folder setting {file} is not one Xuefa wrote, or it is damaged: {again}</source>
      <translation>本机的数据文件夹设置 {file} 不是学法写的，或已损坏：{again}</translation>
    </message>
    <message>
      <source>the station's data folder {folder} is on a drive that cannot be written (read-only): the PC's administrator chooses a folder on a writable disk (`xuefa data-folder set`)</source>
      <translation>考试机数据文件夹 {folder} 所在的驱动器不能写入（只读）：请本机管理员选择可写磁盘上的文件夹（`xuefa data-folder set`）</translation>
    </message>
    <message>
      <source>this PC's data-folder setting {file} cannot be written ({reason}): run the command as the PC's administrator (Windows: 以管理员身份运行; Linux: sudo)</source>
      <translation>无法写入本机的数据文件夹设置 {file}（{reason}）：请以本机管理员身份运行该命令（Windows：以管理员身份运行；Linux：sudo）</translation>
    </message>
    <message>
      <source>the station's data is in {old}: add --move to copy it to {new} (close Xuefa first); nothing was changed</source>
      <translation>考试机的数据在 {old}：请加上 --move 把它复制到 {new}（先关闭学法）；未做任何更改</translation>
    </message>
    <message>
      <source>this PC holds several stations ({old}): name the one to move with --from FOLDER; nothing was changed</source>
      <translation>本机有多台考试机（{old}）：请用 --from 文件夹 指明要迁移哪一台；未做任何更改</translation>
    </message>
    <message>
      <source>{new} is inside the station's folder {old}: choose a folder outside it; nothing was changed</source>
      <translation>{new} 位于考试机文件夹 {old} 之内：请选择它外面的文件夹；未做任何更改</translation>
    </message>
    <message>
      <source>{folder} cannot be made or shared ({reason})</source>
      <translation>无法创建或共享 {folder}（{reason}）</translation>
    </message>
    <message>
      <source>{folder} is inside one user's profile, which other accounts cannot open: choose a folder such as D:\XuefaData</source>
      <translation>{folder} 位于某个用户的个人文件夹内，其他用户无法打开：请选择 D:\XuefaData 这样的文件夹</translation>
    </message>
    <message>
      <source>name the group of the accounts that run the station (the exam account and IT's) with --group, e.g. --group users; add the accounts to it with `usermod -aG users NAME`</source>
      <translation>请用 --group 指明运行考试机的用户（考试用户和信息技术人员的用户）所在的组，例如 --group users；用 `usermod -aG users 用户名` 把用户加入该组</translation>
    </message>
    <message>
      <source>there is no group {group} on this PC</source>
      <translation>本机没有名为 {group} 的组</translation>
    </message>
    <message>
      <source>this PC's data-folder setting {file} cannot be written ({reason}): run the command as the PC's administrator (Windows: 以管理员身份运行; Linux: sudo); nothing was changed</source>
      <translation>无法写入本机的数据文件夹设置 {file}（{reason}）：请以本机管理员身份运行该命令（Windows：以管理员身份运行；Linux：sudo）；未做任何更改</translation>
    </message>
    <message>
      <source>{old} cannot be marked as moved ({reason}), so the station was not moved (the copy is removed): make the folder writable and run this again; nothing was changed</source>
      <translation>无法把 {old} 标记为已迁移（{reason}），所以考试机没有迁移（副本已删除）：请让该文件夹可写后重新运行；未做任何更改</translation>
    </message>
    <message>
      <source>the station could not be copied to {new} ({reason}): nothing was changed; {old} is still the station's folder</source>
      <translation>考试机无法复制到 {new}（{reason}）：未做任何更改；考试机仍在 {old}</translation>
    </message>
    <message>
      <source>{folder} is not empty: choose an empty or new folder</source>
      <translation>{folder} 不是空的：请选择一个空文件夹或新文件夹</translation>
    </message>
    <message>
      <source>{folder} cannot be read ({reason})</source>
      <translation>无法读取 {folder}（{reason}）</translation>
    </message>
    <message>
      <source>Xuefa is open on {old}: close it, then run this again; nothing was changed</source>
      <translation>学法正在使用 {old}：请先关闭学法再运行本命令；未做任何更改</translation>
    </message>
    <message>
      <source>{parent} cannot be entered by the PC's other accounts, so {folder} cannot be theirs: choose a folder such as /srv/xuefa</source>
      <translation>本机其他用户无法进入 {parent}，所以 {folder} 不能供他们使用：请选择 /srv/xuefa 这样的文件夹</translation>
    </message>
    <message>
      <source>the key service runs on Linux; on Windows the keys are protected by DPAPI</source>
      <translation>密钥服务只在 Linux 上运行；在 Windows 上由 DPAPI 保护密钥</translation>
    </message>
    <message>
      <source>the key service ({path}) does not answer: it must be running (docs/station-keys.md)</source>
      <translation>密钥服务（{path}）没有应答：它必须处于运行状态（见 docs/station-keys.md）</translation>
    </message>
    <message>
      <source>{check}: {detail}</source>
      <translation>{check}：{detail}</translation>
    </message>
    <message>
      <source>lockdown layer {layer}</source>
      <translation>锁定层 {layer}</translation>
    </message>
    <message>
      <source>lockdown layer {layer} (no keyboard grab)</source>
      <translation>锁定层 {layer}（无法独占键盘）</translation>
    </message>
    <message>
      <source>a cryptographic self-check gave a wrong answer</source>
      <translation>密码算法自检结果不对</translation>
    </message>
    <message>
      <source>{folder}: writable and durable (WAL), {free} MB free</source>
      <translation>{folder}：可写入且可靠保存（WAL），剩余 {free} MB</translation>
    </message>
    <message>
      <source>held by the key service (uid {uid}), not in the data folder</source>
      <translation>由密钥服务保管（uid {uid}），不在数据文件夹中</translation>
    </message>
    <message>
      <source>found in {folder}</source>
      <translation>位于 {folder}</translation>
    </message>
    <message>
      <source>the check could not run: {error}</source>
      <translation>无法进行此项检查：{error}</translation>
    </message>
    <message>
      <source>Wayland session: the exam cannot hold the keyboard or tell system windows apart</source>
      <translation>Wayland 会话：考试无法独占键盘，也无法识别系统窗口</translation>
    </message>
    <message>
      <source>loaded: {platform}</source>
      <translation>已加载：{platform}</translation>
    </message>
    <message>
      <source>Ed25519, HPKE, AES-GCM and argon2id work</source>
      <translation>Ed25519、HPKE、AES-GCM 和 argon2id 均工作正常</translation>
    </message>
    <message>
      <source>what was written to {folder} did not read back</source>
      <translation>写入 {folder} 的内容读不回来</translation>
    </message>
    <message>
      <source>{folder}: only {free} MB free</source>
      <translation>{folder}：只剩 {free} MB</translation>
    </message>
    <message>
      <source>protected by Windows (DPAPI) for this PC</source>
      <translation>由 Windows（DPAPI）为本机保护</translation>
    </message>
    <message>
      <source>the key service does not answer at {path}</source>
      <translation>密钥服务在 {path} 没有应答</translation>
    </message>
    <message>
      <source>no key service is set up</source>
      <translation>没有设置密钥服务</translation>
    </message>
    <message>
      <source>the keys are a plain file in the data folder</source>
      <translation>密钥是数据文件夹中未加保护的文件</translation>
    </message>
    <message>
      <source>the keys are not made yet</source>
      <translation>密钥尚未生成</translation>
    </message>
    <message>
      <source>the key service runs as this same account (uid {uid})</source>
      <translation>密钥服务与考试机用同一账户运行（uid {uid}）</translation>
    </message>
    <message>
      <source>the key service answers, but this station's keys are not with it yet</source>
      <translation>密钥服务有应答，但本考试机的密钥还不在其中</translation>
    </message>
    <message>
      <source>missing: {files}</source>
      <translation>缺少：{files}</translation>
    </message>
    <message>
      <source>{server} answers ({ms} ms)</source>
      <translation>{server} 有应答（{ms} 毫秒）</translation>
    </message>
    <message>
      <source>{count} font families, e.g. {fonts}</source>
      <translation>{count} 种字体，例如 {fonts}</translation>
    </message>
    <message>
      <source>no installed font can show Simplified Chinese</source>
      <translation>没有能显示简体中文的字体</translation>
    </message>
    <message>
      <source>Simplified Chinese loaded from {file}</source>
      <translation>已从 {file} 加载简体中文</translation>
    </message>
    <message>
      <source>{file} did not load or is not the Chinese text</source>
      <translation>{file} 未能加载，或不是中文文本</translation>
    </message>
    <message>
      <source>{folder} cannot be written: {reason}</source>
      <translation>无法写入 {folder}：{reason}</translation>
    </message>
    <message>
      <source>the database cannot work in {folder}: {reason}</source>
      <translation>数据库无法在 {folder} 中工作：{reason}</translation>
    </message>
    <message>
      <source>another station is in {other}: its results not yet delivered are there, not in {folder}</source>
      <translation>{other} 中还有另一台考试机：其中尚未上交的成绩在那里，不在 {folder} 中</translation>
    </message>
    <message>
      <source>{folder} is not this PC's folder for every account: another account of this PC (the exam account, IT's) may use another folder, which is another station</source>
      <translation>{folder} 不是本机所有用户共用的文件夹：本机其他用户（考试用户、信息技术人员的用户）可能用的是另一个文件夹，那就是另一台考试机</translation>
    </message>
    <message>
      <source>{folder} is in memory ({kind}): answers and results not yet delivered are lost at every restart</source>
      <translation>{folder} 位于内存中（{kind}）：每次重启都会丢失尚未上交的答案和成绩</translation>
    </message>
    <message>
      <source>{folder} is on the system drive: if this PC has a restore card (还原卡, 冰点还原), answers and results not yet delivered are lost at every restart</source>
      <translation>{folder} 在系统盘上：如本机装有还原卡（冰点还原等），每次重启都会丢失尚未上交的答案和成绩</translation>
    </message>
    <message>
      <source>this PC's clock says {time} UTC</source>
      <translation>本机时钟显示 {time}（UTC）</translation>
    </message>
    <message>
      <source>this station is not connected to a centre server (files only)</source>
      <translation>本考试机未连接考试中心服务器（只用文件传递）</translation>
    </message>
    <message>
      <source>left out (--except station-keys)</source>
      <translation>已略过（--except station-keys）</translation>
    </message>
    <message>
      <source>Xuefa {version} self-test</source>
      <translation>学法 {version} 自检</translation>
    </message>
    <message>
      <source>READY: every check passed.</source>
      <translation>已就绪：全部检查通过。</translation>
    </message>
    <message>
      <source>the Qt check could not run: {reason}</source>
      <translation>无法进行 Qt 检查：{reason}</translation>
    </message>
    <message>
      <source>the window system could not be loaded: {detail}</source>
      <translation>无法加载窗口系统：{detail}</translation>
    </message>
    <message>
      <source>{other} is an older copy of this same station: opened, it would fork the station's history</source>
      <translation>{other} 是这台考试机的一个旧副本：一旦打开，考试机的记录就会分叉</translation>
    </message>
    <message>
      <source>{time} (no server to compare with)</source>
      <translation>{time}（没有服务器可供比对）</translation>
    </message>
    <message>
      <source>{server} cannot be reached ({reason})</source>
      <translation>无法连接 {server}（{reason}）</translation>
    </message>
    <message>
      <source>{off} s from the centre server's clock</source>
      <translation>与考试中心服务器时钟相差 {off} 秒</translation>
    </message>
    <message>
      <source>{time}</source>
      <translation>{time}</translation>
    </message>
    <message>
      <source>NOT READY: {failed} check(s) failed.</source>
      <translation>未就绪：{failed} 项检查未通过。</translation>
    </message>
    <message>
      <source>{server}: it shows another certificate than the one this station trusts</source>
      <translation>{server}：出示的证书不是本考试机信任的那一张</translation>
    </message>
    <message>
      <source>{time} (server not reachable to compare)</source>
      <translation>{time}（无法连接服务器比对）</translation>
    </message>
    <message>
      <source>the check failed: {reason}</source>
      <translation>检查出错：{reason}</translation>
    </message>
    <message>
      <source>READY: every check passed; read the {warned} warning(s) above.</source>
      <translation>已就绪：全部检查通过；请阅读上面的 {warned} 条提醒。</translation>
    </message>
    <message>
      <source>one screen, nothing listed running</source>
      <translation>一块屏幕，未发现所列程序在运行</translation>
    </message>
    <message>
      <source>what to do: {fix}</source>
      <translation>处理方法：{fix}</translation>
    </message>
    <message>
      <source>the answer of {server} to {call} is not what this version of Xuefa reads ({where}: {why}); the server may be of another version: ask its administrator</source>
      <translation>{server} 对 {call} 的应答不是本版本学法能读取的（{where}：{why}）；该服务器可能是另一版本，请联系其管理员</translation>
    </message>
    <message>
      <source>the file is larger than 16 MB: too large to be one statute</source>
      <translation>文件超过 16 MB，不像是一部法规</translation>
    </message>
    <message>
      <source>the file cannot be read: {why}</source>
      <translation>无法读取文件：{why}</translation>
    </message>
    <message>
      <source>the file could not be read as a statute (details in the log)</source>
      <translation>无法按法规读取此文件（详情见日志）</translation>
    </message>
    <message>
      <source>the data folder {folder} cannot be written ({reason})</source>
      <translation>无法写入数据文件夹 {folder}（{reason}）</translation>
    </message>
    <message>
      <source>Windows could not protect the station's keys (error {error})</source>
      <translation>Windows 无法保护本考试机的密钥（错误 {error}）</translation>
    </message>
    <message>
      <source>Windows could not open the station's keys (error {error}): the data folder was made on another PC or by another account</source>
      <translation>Windows 无法打开本考试机的密钥（错误 {error}）：该数据文件夹是在另一台电脑上或由另一个账户建立的</translation>
    </message>
    <message>
      <source>the keys of {device_id} are not on this PC ({path}): the data folder was copied from another PC</source>
      <translation>本电脑上没有 {device_id} 的密钥（{path}）：该数据文件夹是从另一台电脑复制来的</translation>
    </message>
    <message>
      <source>the key store holds other keys for {device_id} than this data folder expects: the folder was copied from another PC, or its keys were replaced</source>
      <translation>密钥库中 {device_id} 的密钥与本数据文件夹不符：该文件夹是从另一台电脑复制来的，或其密钥已被替换</translation>
    </message>
    <message>
      <source>this station's keys are held by the key service, and no key service is set up on this PC (docs/station-keys.md)</source>
      <translation>本考试机的密钥由密钥服务保管，但本电脑没有设置密钥服务（见 docs/station-keys.md）</translation>
    </message>
    <message>
      <source>{marker} names a key store this program does not know ({store}): it was made by another version of Xuefa, or it is damaged</source>
      <translation>{marker} 指定的密钥库（{store}）本程序不认识：它由另一版本的学法建立，或已损坏</translation>
    </message>
    <message>
      <source>{path} is damaged: put it back from the backup</source>
      <translation>{path} 已损坏：请从备份中恢复</translation>
    </message>
    <message>
      <source>the station's key file is damaged: put it back from the backup</source>
      <translation>本考试机的密钥文件已损坏：请从备份中恢复</translation>
    </message>
    <message>
      <source>this data folder holds a plain key file ({plain}); the station does not take over keys anyone could have placed there. IT moves them to the key service as root: sudo xuefa --data-dir {folder} import-keys</source>
      <translation>该数据文件夹中有未加保护的密钥文件（{plain}）；任何人都可能放置这样的文件，考试机不会接管。请信息技术人员以 root 身份将其移入密钥服务：sudo xuefa --data-dir {folder} import-keys</translation>
    </message>
    <message>
      <source>role must be one of {roles}</source>
      <translation>角色只能是以下之一：{roles}</translation>
    </message>
    <message>
      <source>no unit {unit_id} (add it with `xuefa-server units add`)</source>
      <translation>没有单位 {unit_id}（请先用 `xuefa-server units add` 添加）</translation>
    </message>
    <message>
      <source>an administrator {username} already exists</source>
      <translation>管理员 {username} 已存在</translation>
    </message>
    <message>
      <source>no administrator {username}</source>
      <translation>没有管理员 {username}</translation>
    </message>
    <message>
      <source>the current password is not right</source>
      <translation>当前密码不正确</translation>
    </message>
    <message>
      <source>the new password must differ from the current one</source>
      <translation>新密码不能与当前密码相同</translation>
    </message>
    <message>
      <source>attempt {attempt} already delivered result {other}</source>
      <translation>考试 {attempt} 已经送达过成绩 {other}</translation>
    </message>
    <message>
      <source>station said {station}, re-graded {server}</source>
      <translation>考试机报 {station} 分，服务器重新评分为 {server} 分</translation>
    </message>
    <message>
      <source>stored content {stored}…, offered {offered}…</source>
      <translation>已存内容 {stored}…，新送来 {offered}…</translation>
    </message>
    <message>
      <source>study record {record_id} arrived again with different content</source>
      <translation>学习记录 {record_id} 再次送达，但内容不同</translation>
    </message>
    <message>
      <source>{count} answer(s) after the time limit ignored (events {events})</source>
      <translation>超过时限后的 {count} 次作答未计入（事件 {events}）</translation>
    </message>
    <message>
      <source>station {device_id} sent a new password for learner {learner_no}, who is not in the units it serves; not taken</source>
      <translation>考试机 {device_id} 发来了考生 {learner_no} 的新密码，但该考生不在这台考试机服务的单位中；未采用</translation>
    </message>
    <message>
      <source>{who}: {was} -&gt; {now} ({flags}): {reason}</source>
      <translation>{who}：{was} → {now}（{flags}）：{reason}</translation>
    </message>
    <message>
      <source>{dest} is inside the server's instance folder: a backup goes elsewhere, best off this PC</source>
      <translation>{dest} 位于服务器的实例文件夹内：备份应放在别处，最好不在本机上</translation>
    </message>
    <message>
      <source>{dest} is not empty; choose a new folder for each backup</source>
      <translation>{dest} 不是空文件夹：每次备份请选一个新文件夹</translation>
    </message>
    <message>
      <source>{folder} has no server keys ({missing}): is it the instance folder?</source>
      <translation>{folder} 中没有服务器密钥（缺少 {missing}）：这是实例文件夹吗？</translation>
    </message>
    <message>
      <source>the copied database does not pass SQLite's integrity check; try again</source>
      <translation>复制出的数据库未通过 SQLite 完整性检查：请重试</translation>
    </message>
    <message>
      <source>{source} is not a Xuefa server backup (missing {missing})</source>
      <translation>{source} 不是学法服务器的备份（缺少 {missing}）</translation>
    </message>
    <message>
      <source>{target} already holds a server; restore into an empty folder, or add --force to replace it (stop the server first)</source>
      <translation>{target} 中已有一个服务器：请恢复到空文件夹，或加 --force 替换它（请先停止服务器）</translation>
    </message>
    <message>
      <source>{source} holds no database ({db}) although the server it came from used SQLite: use a whole backup</source>
      <translation>{source} 中没有数据库（{db}），而原服务器使用的是 SQLite：请使用完整的备份</translation>
    </message>
    <message>
      <source>{why}; this backup cannot be used, take an older one</source>
      <translation>{why}；此备份不能使用，请换用更早的备份</translation>
    </message>
    <message>
      <source>{db} is damaged; use an older backup</source>
      <translation>{db} 已损坏：请使用更早的备份</translation>
    </message>
    <message>
      <source>{db} is not a readable database; use an older backup</source>
      <translation>{db} 不是可读取的数据库：请使用更早的备份</translation>
    </message>
    <message>
      <source>all units</source>
      <translation>全部单位</translation>
    </message>
    <message>
      <source>no devices yet</source>
      <translation>还没有设备</translation>
    </message>
    <message>
      <source>no units yet: such a station receives no roster until it is approved for a unit</source>
      <translation>还没有单位：这样的考试机在获批服务某个单位之前收不到人员名单</translation>
    </message>
    <message>
      <source>--room needs the room's name, e.g. 第一考场</source>
      <translation>--room 需要考场名称，例如 第一考场</translation>
    </message>
    <message>
      <source>for a station or a server (made before codes named whom they enrol)</source>
      <translation>考试机或服务器均可（注册码区分注册对象之前生成）</translation>
    </message>
    <message>
      <source>no unused enrolment codes</source>
      <translation>没有未使用的注册码</translation>
    </message>
    <message>
      <source>it serves no unit yet: it receives no roster, and the results it brings are held for review; add it again with --unit, or let it enrol with a code of its unit</source>
      <translation>它尚未服务任何单位：收不到人员名单，它送来的成绩将暂不计入、待审核；请用 --unit 再次添加，或让它用本单位的注册码注册</translation>
    </message>
    <message>
      <source>no administrators yet: `xuefa-server create-admin`</source>
      <translation>还没有管理员：`xuefa-server create-admin`</translation>
    </message>
    <message>
      <source>revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <source>{count} one-time code(s), valid {hours} h, written to {out}. Keep the file with you and delete it when the room is enrolled.</source>
      <translation>{count} 个一次性注册码（{hours} 小时内有效）已写入 {out}。请随身保管该文件，考场注册完毕后删除。</translation>
    </message>
    <message>
      <source>nothing withdrawn</source>
      <translation>未作废任何注册码</translation>
    </message>
    <message>
      <source>{withdrawn} enrolment code(s) withdrawn</source>
      <translation>已作废 {withdrawn} 个注册码</translation>
    </message>
    <message>
      <source>approved server {name} as {device_id}</source>
      <translation>已批准服务器 {name}，编号 {device_id}</translation>
    </message>
    <message>
      <source>approved {device_id} (certificate valid until {certificate_expires_at:%Y-%m-%d})</source>
      <translation>已批准 {device_id}（证书有效期至 {certificate_expires_at:%Y-%m-%d}）</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message>
      <source>Revoke {device_id}{where}? Its results are refused from then on, also those it has not delivered yet.</source>
      <translation>确定吊销 {device_id}{where}吗？此后拒收它的成绩，包括尚未上传的成绩。</translation>
    </message>
    <message>
      <source>nothing revoked</source>
      <translation>未吊销</translation>
    </message>
    <message>
      <source>revoked {device_id}: its results are refused from now on</source>
      <translation>已吊销 {device_id}：从现在起拒收它的成绩</translation>
    </message>
    <message>
      <source>proctor</source>
      <translation>监考员</translation>
    </message>
    <message>
      <source>unit administrator</source>
      <translation>单位管理员</translation>
    </message>
    <message>
      <source>centre administrator</source>
      <translation>考试中心管理员</translation>
    </message>
    <message>
      <source>provincial administrator</source>
      <translation>省级管理员</translation>
    </message>
    <message>
      <source>Password for {username}</source>
      <translation>{username} 的密码</translation>
    </message>
    <message>
      <source>account {username} ({role}) for {unit_id} and the units below it created; the password must be changed at the first login</source>
      <translation>已为 {unit_id} 及其下属单位创建账号 {username}（{role}）；首次登录时必须修改密码</translation>
    </message>
    <message>
      <source>New password for {username}</source>
      <translation>{username} 的新密码</translation>
    </message>
    <message>
      <source>; it must be changed at the next login</source>
      <translation>；下次登录时必须修改</translation>
    </message>
    <message>
      <source>{username} disabled</source>
      <translation>{username} 已停用</translation>
    </message>
    <message>
      <source>{username} enabled</source>
      <translation>{username} 已启用</translation>
    </message>
    <message>
      <source>{username} is now {role}</source>
      <translation>{username} 现在的角色是 {role}</translation>
    </message>
    <message>
      <source>{ended} session(s) of {username} ended</source>
      <translation>已结束 {username} 的 {ended} 个登录会话</translation>
    </message>
    <message>
      <source>unit {unit}</source>
      <translation>单位 {unit}</translation>
    </message>
    <message>
      <source>, room {room}</source>
      <translation>，考场 {room}</translation>
    </message>
    <message>
      <source>name the unit the station serves with --unit (top units: {units})</source>
      <translation>请用 --unit 指定考试机服务的单位（顶级单位：{units}）</translation>
    </message>
    <message>
      <source>the lower server will serve unit {unit} and every unit under it (--unit names a smaller part)</source>
      <translation>下级服务器将服务单位 {unit} 及其下属所有单位（用 --unit 可指定更小范围）</translation>
    </message>
    <message>
      <source>the station(s) will serve unit {unit} and every unit under it (--unit names a smaller part)</source>
      <translation>考试机将服务单位 {unit} 及其下属所有单位（用 --unit 可指定更小范围）</translation>
    </message>
    <message>
      <source>--room is for an exam room's PCs: a server's code names no room</source>
      <translation>--room 只用于考场内的考试机：服务器的注册码不指定考场</translation>
    </message>
    <message>
      <source>this is a provincial server: a PC enrols at its exam centre, so a code here is for a centre's server and names no room (leave out --room)</source>
      <translation>这是省级服务器：考试机在所属考试中心注册，本服务器的注册码只供考试中心服务器使用，不指定考场（请去掉 --room）</translation>
    </message>
    <message>
      <source>enrolment code: {code} (one station, valid {hours} h; its last four groups are this server's certificate, which the station then trusts)</source>
      <translation>注册码：{code}（限一台考试机，{hours} 小时内有效；最后四组取自本服务器证书的指纹，考试机注册后即信任该证书）</translation>
    </message>
    <message>
      <source>for a lower server</source>
      <translation>供下级服务器</translation>
    </message>
    <message>
      <source>for a station</source>
      <translation>供考试机</translation>
    </message>
    <message>
      <source>{room}	unit {unit}	{count} unused	{whom}	valid until {until}</source>
      <translation>{room}	单位 {unit}	{count} 个未使用	{whom}	有效期至 {until}</translation>
    </message>
    <message>
      <source>Withdraw the {count} unused enrolment code(s) of {room}? A PC not yet enrolled then needs a new code.</source>
      <translation>确定作废 {room} 的 {count} 个未使用注册码吗？尚未注册的电脑之后需要新的注册码。</translation>
    </message>
    <message>
      <source>Withdraw all {count} unused enrolment code(s), of every room? A PC not yet enrolled then needs a new code.</source>
      <translation>确定作废所有考场共 {count} 个未使用注册码吗？尚未注册的电脑之后需要新的注册码。</translation>
    </message>
    <message>
      <source>user name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <source>role</source>
      <translation>角色</translation>
    </message>
    <message>
      <source>unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>state</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>password of {username} set; their sessions ended</source>
      <translation>已设置 {username} 的密码；其登录会话已结束</translation>
    </message>
    <message>
      <source>revoked on {day:%Y-%m-%d}</source>
      <translation>已于 {day:%Y-%m-%d} 吊销</translation>
    </message>
    <message>
      <source>approved (certificate valid until {until:%Y-%m-%d})</source>
      <translation>已批准（证书有效期至 {until:%Y-%m-%d}）</translation>
    </message>
    <message>
      <source>enrolment code: {code} (one lower exam centre's server, for its `xuefa-server set-upstream --code`; valid {hours} h; it enrols no station)</source>
      <translation>注册码：{code}（限一台下级考试中心服务器，供其 `xuefa-server set-upstream --code` 使用；{hours} 小时内有效；不能注册考试机）</translation>
    </message>
    <message>
      <source>enrolment code: {code} (one centre's server, for its `xuefa-server set-upstream --code`; valid {hours} h; stations enrol at their centre, never here)</source>
      <translation>注册码：{code}（限一台考试中心服务器，供其 `xuefa-server set-upstream --code` 使用；{hours} 小时内有效；考试机在所属考试中心注册，不在本服务器注册）</translation>
    </message>
    <message>
      <source>The {withdrawn} unused code(s) made earlier for {room} of unit {unit} no longer work: this file replaces them.</source>
      <translation>此前为单位 {unit} 的 {room} 生成的 {withdrawn} 个未使用注册码已作废：由本文件取代。</translation>
    </message>
    <message>
      <source>The {withdrawn} unused code(s) made earlier for {room} no longer work: this file replaces them.</source>
      <translation>此前为 {room} 生成的 {withdrawn} 个未使用注册码已作废：由本文件取代。</translation>
    </message>
    <message>
      <source>(no room)</source>
      <translation>（无考场）</translation>
    </message>
    <message>
      <source>{room} has unused codes of several units ({units}): name the unit with --unit</source>
      <translation>{room} 有多个单位的未使用注册码（{units}）：请用 --unit 指定单位</translation>
    </message>
    <message>
      <source>no room</source>
      <translation>未指定考场</translation>
    </message>
    <message>
      <source>no device {device_id}; `xuefa-server devices list` shows them</source>
      <translation>没有设备 {device_id}；`xuefa-server devices list` 可列出所有设备</translation>
    </message>
    <message>
      <source>{device_id} is an exam station: stations enrol at their exam centre, never at the provincial server; nothing was approved</source>
      <translation>{device_id} 是考试机：考试机在所属考试中心注册，不在省级服务器注册；未批准任何设备</translation>
    </message>
    <message>
      <source>no device {device_id} here: `devices list` shows the devices</source>
      <translation>本服务器没有设备 {device_id}：`devices list` 列出各设备</translation>
    </message>
    <message>
      <source>{device_id} is already revoked: nothing changed</source>
      <translation>{device_id} 已被吊销：没有任何改动</translation>
    </message>
    <message>
      <source>disabled</source>
      <translation>已停用</translation>
    </message>
    <message>
      <source>must change the password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>已锁定</translation>
    </message>
    <message>
      <source>pending</source>
      <translation>待批准</translation>
    </message>
    <message>
      <source>{out} could not be written ({reason}); nothing changed: the codes just made were withdrawn, an earlier file of the room still works</source>
      <translation>无法写入 {out}（{reason}）；没有任何改动：刚生成的注册码已作废，该考场此前的注册文件仍然有效</translation>
    </message>
    <message>
      <source>rooms with unused codes: {rooms}</source>
      <translation>有未用注册码的考场：{rooms}</translation>
    </message>
    <message>
      <source> ({what})</source>
      <translation>（{what}）</translation>
    </message>
    <message>
      <source>stations enrolled before have no pin for it: enrol them again with a new code (`devices code` or `devices room-file`)</source>
      <translation>此前注册的考试机没有它的证书指纹：请用新的注册码重新注册（`devices code` 或 `devices room-file`）</translation>
    </message>
    <message>
      <source>this server is now a provincial server: stations enrol at their centres, not here</source>
      <translation>本服务器现为省级服务器：考试机在各自的考试中心注册，不在这里注册</translation>
    </message>
    <message>
      <source>this server is now a centre: stations enrol here</source>
      <translation>本服务器现为考试中心：考试机在这里注册</translation>
    </message>
    <message>
      <source>  (xuefa-server flagged lists them with what each rule saw; xuefa-server decide accepts or rejects one)</source>
      <translation>  （xuefa-server flagged 列出这些成绩及各规则发现的情况；xuefa-server decide 逐份认定或不予认定）</translation>
    </message>
    <message>
      <source>this instance has no TLS certificate yet: `xuefa-server tls create`</source>
      <translation>本实例还没有 TLS 证书：`xuefa-server tls create`</translation>
    </message>
    <message>
      <source>--switch puts the announced certificate in place as it is: it takes neither --again nor --hostname</source>
      <translation>--switch 按原样启用已公告的证书：不能同时使用 --again 或 --hostname</translation>
    </message>
    <message>
      <source>--behind-proxy serves plain HTTP to the proxy; leave out --tls</source>
      <translation>--behind-proxy 向代理提供明文 HTTP；请去掉 --tls</translation>
    </message>
    <message>
      <source>cannot listen on {host}:{port}: is another xuefa-server (or another program) using that port? Stop it, or give another --port</source>
      <translation>无法在 {host}:{port} 上监听：是否已有另一个 xuefa-server（或其他程序）占用该端口？请停止它，或用 --port 指定其他端口</translation>
    </message>
    <message>
      <source>server {name} initialised in {instance_dir}</source>
      <translation>服务器 {name} 已在 {instance_dir} 初始化</translation>
    </message>
    <message>
      <source>results key {fingerprint}: name {key_file} as a recipient when building packages</source>
      <translation>成绩密钥 {fingerprint}：制作考试包时将 {key_file} 列为接收方</translation>
    </message>
    <message>
      <source>the database cannot be reached (is PostgreSQL running, and are the address, user and password right?): nothing was made</source>
      <translation>无法连接数据库（PostgreSQL 是否在运行？地址、用户名和密码是否正确？）：未创建任何内容</translation>
    </message>
    <message>
      <source>{name}: {results} result(s), {pending} device(s) waiting for approval, {alerts} alert(s)</source>
      <translation>{name}：成绩 {results} 份，待批准设备 {pending} 台，警示 {alerts} 条</translation>
    </message>
    <message>
      <source>top server: no upstream (results from the servers below stay here)</source>
      <translation>顶级服务器：没有上级（下级服务器送来的成绩留在本服务器）</translation>
    </message>
    <message>
      <source>certificate {cert}: {long} (short form for typing: {short})</source>
      <translation>证书 {cert}：{long}（输入用简写：{short}）</translation>
    </message>
    <message>
      <source>next certificate {show} announced to the stations and lower servers with their next sync. When they have all synced (a day of normal work), run `xuefa-server tls rotate --switch` and restart serve.</source>
      <translation>下一张证书 {show} 将在下次同步时通知各考试机和下级服务器。等它们都同步过（正常工作一天）后，运行 `xuefa-server tls rotate --switch` 并重启 serve。</translation>
    </message>
    <message>
      <source>--workers needs gunicorn (Linux): pip install 'xuefa[province]'; or serve with one process (leave out --workers)</source>
      <translation>--workers 需要 gunicorn（Linux）：pip install 'xuefa[province]'；或以单进程运行（去掉 --workers）</translation>
    </message>
    <message>
      <source>serving on {scheme}://{host}:{port}/api/v1 with {workers} worker processes (log: {log_file})</source>
      <translation>正在 {scheme}://{host}:{port}/api/v1 提供服务，工作进程 {workers} 个（日志：{log_file}）</translation>
    </message>
    <message>
      <source>{instance_dir} already has server keys; refusing to replace them</source>
      <translation>{instance_dir} 已有服务器密钥；拒绝替换</translation>
    </message>
    <message>
      <source>the database {db} already holds a server's data, whose keys are not in {folder}: nothing was made. Put the keys back (`xuefa-server restore` from the last backup), or choose another database</source>
      <translation>数据库 {db} 中已有一台服务器的数据，但其密钥不在 {folder} 中：未创建任何内容。请放回密钥（用最近的备份执行 `xuefa-server restore`），或选用另一个数据库</translation>
    </message>
    <message>
      <source>signing key {fingerprint}: the centres below trust {key_file} (xuefa-server trust-upstream)</source>
      <translation>签名密钥 {fingerprint}：下级考试中心信任 {key_file}（xuefa-server trust-upstream）</translation>
    </message>
    <message>
      <source>signing key {fingerprint}: stations trust {key_file}</source>
      <translation>签名密钥 {fingerprint}：考试机信任 {key_file}</translation>
    </message>
    <message>
      <source>no backup was made</source>
      <translation>未做备份</translation>
    </message>
    <message>
      <source>backed up to {dest}: keys, config and the database ({results} result(s)). Keep it off this PC; it holds the server's private keys.</source>
      <translation>已备份到 {dest}：密钥、配置和数据库（成绩 {results} 份）。请存放在本机以外；它包含服务器的私钥。</translation>
    </message>
    <message>
      <source>keys and config backed up to {dest}. The database is PostgreSQL: back it up with pg_dump (docs/server.md, Backups).</source>
      <translation>密钥和配置已备份到 {dest}。数据库是 PostgreSQL：请用 pg_dump 备份（见 docs/server.md 的“备份”一节）。</translation>
    </message>
    <message>
      <source>nothing was restored</source>
      <translation>未恢复任何内容</translation>
    </message>
    <message>
      <source>restored into {folder}: {results} result(s)</source>
      <translation>已恢复到 {folder}：成绩 {results} 份</translation>
    </message>
    <message>
      <source>restored into {folder}: keys and config. The database is PostgreSQL, named in config.json, and is not in the backup: another host of the same server uses it as it is; only if the database itself was lost, restore its pg_dump into it (docs/server.md, Backups)</source>
      <translation>已恢复到 {folder}：密钥和配置。数据库是 config.json 中指定的 PostgreSQL，不在备份中：同一服务器的另一台主机直接使用它即可；只有数据库本身丢失时，才把它的 pg_dump 备份恢复进去（见 docs/server.md 的“备份”一节）</translation>
    </message>
    <message>
      <source>upstream {upstream}: {to_relay} result(s) not yet confirmed by it; last taken from it: {last_down}; last relayed to it: {last_up}</source>
      <translation>上级 {upstream}：尚有 {to_relay} 份成绩未经其确认；上次从上级获取：{last_down}；上次上送：{last_up}</translation>
    </message>
    <message>
      <source>the last sync with the upstream stopped at {at}: {how}; run sync-upstream again (what was confirmed stays confirmed)</source>
      <translation>与上级的上一次同步于 {at} 中断：{how}；请再次运行 sync-upstream（已确认的部分仍然有效）</translation>
    </message>
    <message>
      <source>{study_left} study record(s) not yet confirmed upstream</source>
      <translation>尚有 {study_left} 条学习及账号记录未经上级确认</translation>
    </message>
    <message>
      <source>{count} attempt(s) announced by a station whose result has not come (under way, or lost), each using one of the learner's attempts (xuefa-server announced lists them; release-attempt gives back one that will never come)</source>
      <translation>{count} 次考试已由考试机报告开考、成绩尚未送达（正在进行或已丢失），每次都占用考生的一次考试机会（xuefa-server announced 列出；成绩永远不会送达的，用 release-attempt 释放）</translation>
    </message>
    <message>
      <source>next certificate, announced to stations: {show}</source>
      <translation>下一张证书（已通知考试机）：{show}</translation>
    </message>
    <message>
      <source>it replaces {show}, announced before: stations that took that one accept this one only after they sync again</source>
      <translation>它取代此前公告的 {show}：已接受那张证书的考试机须再同步一次才会接受这一张</translation>
    </message>
    <message>
      <source>plain HTTP on {host} would carry passwords and tokens in clear over the network: serve HTTPS (leave out --no-tls), or give --behind-proxy if a proxy in front terminates TLS</source>
      <translation>在 {host} 上使用明文 HTTP 会让密码和令牌以明文在网络上传输：请提供 HTTPS（去掉 --no-tls），若前面有代理负责 TLS，请加 --behind-proxy</translation>
    </message>
    <message>
      <source>--behind-proxy on {host}: let only the proxy reach this port (a firewall rule or a private network), since the client's address is taken from what the proxy says</source>
      <translation>在 {host} 上使用 --behind-proxy：请只让代理能访问此端口（防火墙规则或专用网络），因为客户端地址取自代理所报的地址</translation>
    </message>
    <message>
      <source>--connections {asked} is more than Windows serves from one process; using {allowed} (for more stations: a second centre server, or the server on Linux)</source>
      <translation>--connections {asked} 超过了 Windows 上单个进程能服务的连接数；改用 {allowed}（考试中心更多时：再设一台中心服务器，或在 Linux 上运行服务器）</translation>
    </message>
    <message>
      <source>serving on {url} (log: {log})</source>
      <translation>正在服务：{url}（日志：{log}）</translation>
    </message>
    <message>
      <source>no upstream set (xuefa-server set-upstream URL); {to_relay} result(s) not yet confirmed upstream (by USB: export-bundle, then import-receipts)</source>
      <translation>未设置上级（xuefa-server set-upstream 地址）；尚有 {to_relay} 份成绩未经上级确认（用U盘：先 export-bundle，再 import-receipts）</translation>
    </message>
    <message>
      <source>{count} result(s) refused by the upstream, as its receipt file read on {at} says (they stay here and go again with the next export-bundle):</source>
      <translation>{at} 读入的上级回执文件表明上级拒收 {count} 份成绩（这些成绩留在本服务器，下次 export-bundle 时会再次导出）：</translation>
    </message>
    <message>
      <source>{count} result(s) refused by the upstream at the relay of {at} (they stay here and go again with each sync-upstream):</source>
      <translation>{at} 转发时上级拒收 {count} 份成绩（这些成绩留在本服务器，每次 sync-upstream 都会再次发送）：</translation>
    </message>
    <message>
      <source>  {result_id}: {why}</source>
      <translation>  {result_id}：{why}</translation>
    </message>
    <message>
      <source>  … and {more} more (sync-upstream lists them all)</source>
      <translation>  …… 另有 {more} 份（sync-upstream 会全部列出）</translation>
    </message>
    <message>
      <source>{total} result(s) held back, not counted until an administrator decides: </source>
      <translation>{total} 份成绩暂不计入，待管理员决定：</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>nothing changed</source>
      <translation>没有任何改动</translation>
    </message>
    <message>
      <source>{who}: {was} → {now} ({rules}): {reason}</source>
      <translation>{who}：{was} → {now}（{rules}）：{reason}</translation>
    </message>
    <message>
      <source>{who}: {was} → {now}: {reason}</source>
      <translation>{who}：{was} → {now}：{reason}</translation>
    </message>
    <message>
      <source>the certificate is now {show}; restart `xuefa-server serve` (and a proxy that uses it). Clients that synced since the rotation accept it; others must enrol again.</source>
      <translation>当前证书已换为 {show}；请重启 `xuefa-server serve`（以及使用该证书的代理）。轮换后同步过的客户端会接受它；其他客户端须重新注册。</translation>
    </message>
    <message>
      <source>a next certificate {show} is already announced, and stations that synced since accept it. Put it in place with `xuefa-server tls rotate --switch`; or replace it with `tls rotate --again`, after which every station must sync again before the switch.</source>
      <translation>下一张证书 {show} 已经公告，此后同步过的考试机都接受它。请用 `xuefa-server tls rotate --switch` 启用它；或用 `tls rotate --again` 替换它，替换后每台考试机都须在启用前再同步一次。</translation>
    </message>
    <message>
      <source>{rule}: {count}</source>
      <translation>{rule}：{count} 份</translation>
    </message>
    <message>
      <source>Switch to {show} now? Stations and lower servers that have not synced since it was announced must then enrol again, and enrolment codes and room files made before name the old certificate.</source>
      <translation>现在启用 {show} 吗？公告之后未同步过的考试机和下级服务器须重新注册，此前生成的注册码和考场注册文件指向的是旧证书。</translation>
    </message>
    <message>
      <source>the database cannot be opened (is PostgreSQL running, and is the address in {source} right?)</source>
      <translation>无法打开数据库（PostgreSQL 是否在运行？{source} 中的地址是否正确？）</translation>
    </message>
    <message>
      <source>PostgreSQL refused the user name or password in the address in {source}: correct them (the server itself is running)</source>
      <translation>PostgreSQL 不接受 {source} 中地址里的用户名或密码：请改正（数据库服务器本身在运行）</translation>
    </message>
    <message>
      <source>the database named in the address in {source} does not exist on that PostgreSQL: create it (docs/server.md) or correct its name</source>
      <translation>{source} 中地址所写的数据库在该 PostgreSQL 上不存在：请新建它（见 docs/server.md），或改正数据库名</translation>
    </message>
    <message>
      <source>PostgreSQL is running but refused the connection: check the user, password and database in the address in {source}, and pg_hba.conf</source>
      <translation>PostgreSQL 在运行，但拒绝了连接：请检查 {source} 中地址里的用户名、密码和数据库名，以及 pg_hba.conf</translation>
    </message>
    <message>
      <source>it is one of the most used passwords</source>
      <translation>这是最常用的密码之一</translation>
    </message>
    <message>
      <source>it is only spaces or a few repeated keys</source>
      <translation>它只由空格或少数几个重复的键组成</translation>
    </message>
    <message>
      <source>it contains the user name</source>
      <translation>其中含有用户名</translation>
    </message>
    <message>
      <source>this instance had no TLS certificate: one was made</source>
      <translation>本实例原先没有 TLS 证书：已新建一个</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} 分钟</translation>
    </message>
    <message>
      <source>the database file {file} cannot be read: it is damaged or is not a Xuefa database; nothing was changed: restore the latest backup (xuefa-server restore BACKUP --force, with the server stopped)</source>
      <translation>无法读取数据库文件 {file}：文件已损坏，或不是学法的数据库；未做任何改动：请在服务器停止时恢复最近的备份（xuefa-server restore 备份文件夹 --force）</translation>
    </message>
    <message>
      <source>the name is blank: type it</source>
      <translation>名称为空：请填写</translation>
    </message>
    <message>
      <source>a name has 1 to 100 characters</source>
      <translation>名称须有 1 到 100 个字符</translation>
    </message>
    <message>
      <source>TLS certificate {show}: stations, admin windows and lower servers pin it; it travels in the enrolment codes (`devices code`) and room files</source>
      <translation>TLS 证书 {show}：考试机、管理窗口和下级服务器会固定信任它；它随注册码（`devices code`）和考场文件一起分发</translation>
    </message>
    <message>
      <source>{days} day(s) {hours} h</source>
      <translation>{days} 天 {hours} 小时</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} 小时 {minutes} 分钟</translation>
    </message>
    <message>
      <source>no password: type it when asked, or give it on stdin (one line)</source>
      <translation>没有密码：请在提示时输入，或从标准输入给出（一行）</translation>
    </message>
    <message>
      <source>it needs at least {n} characters</source>
      <translation>至少需要 {n} 个字符</translation>
    </message>
    <message>
      <source>it may have at most {n} characters</source>
      <translation>最多只能有 {n} 个字符</translation>
    </message>
    <message>
      <source>passed</source>
      <translation>合格</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>不合格</translation>
    </message>
    <message>
      <source>awaiting marking</source>
      <translation>待阅卷</translation>
    </message>
    <message>
      <source>held</source>
      <translation>待审核</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>已认定</translation>
    </message>
    <message>
      <source>rejected</source>
      <translation>不予认定</translation>
    </message>
    <message>
      <source>counted</source>
      <translation>已计入</translation>
    </message>
    <message>
      <source>result held back</source>
      <translation>成绩暂不计入待审核</translation>
    </message>
    <message>
      <source>score differs from the re-grade</source>
      <translation>考试机分数与服务器复评不一致</translation>
    </message>
    <message>
      <source>answers after time-up</source>
      <translation>时间到后仍有作答</translation>
    </message>
    <message>
      <source>study points short</source>
      <translation>学习积分不足</translation>
    </message>
    <message>
      <source>PC asleep or program off</source>
      <translation>电脑休眠或程序中断</translation>
    </message>
    <message>
      <source>held result counts now</source>
      <translation>暂不计入的成绩现已计入</translation>
    </message>
    <message>
      <source>sat before the station first reached this server</source>
      <translation>考试机首次连接本服务器之前考的成绩</translation>
    </message>
    <message>
      <source>an attempt told by a station, never delivered</source>
      <translation>考试机报告开考、成绩未送达的考试</translation>
    </message>
    <message>
      <source>two results for one attempt</source>
      <translation>同一次作答有两份成绩</translation>
    </message>
    <message>
      <source>a result re-sent changed</source>
      <translation>重传的成绩内容有变</translation>
    </message>
    <message>
      <source>exam package not taken</source>
      <translation>未接收考试包</translation>
    </message>
    <message>
      <source>study file not taken</source>
      <translation>未接收学习文件</translation>
    </message>
    <message>
      <source>held result accepted</source>
      <translation>暂不计入的成绩已认定</translation>
    </message>
    <message>
      <source>held result rejected</source>
      <translation>暂不计入的成绩不予认定</translation>
    </message>
    <message>
      <source>password change from outside the unit</source>
      <translation>来自本单位以外的改密</translation>
    </message>
    <message>
      <source>a password reset not taken</source>
      <translation>密码重置未采用</translation>
    </message>
    <message>
      <source>a password change over an unknown reset not taken</source>
      <translation>基于本服务器未知的重置所改的密码未采用</translation>
    </message>
    <message>
      <source>a lower server's decision not followed</source>
      <translation>未采纳下级服务器的审核决定</translation>
    </message>
    <message>
      <source>the upstream judges a result otherwise</source>
      <translation>上级对成绩的认定与本服务器不同</translation>
    </message>
    <message>
      <source>attempts listed for learners the station does not serve</source>
      <translation>考试机报告了不归它服务的考生的考试</translation>
    </message>
    <message>
      <source>; the detail is in {log}</source>
      <translation>；详细信息见 {log}</translation>
    </message>
    <message>
      <source>{path} is in the server's instance folder, beside its keys and database: nothing was written; write it somewhere else</source>
      <translation>{path} 位于服务器的实例文件夹中（与其密钥和数据库在一起）：未写入任何内容；请写到别处</translation>
    </message>
    <message>
      <source>the password was not accepted: {why}; nothing was changed</source>
      <translation>密码未被接受：{why}；未作任何更改</translation>
    </message>
    <message>
      <source>{path} exists and is not a plain file: nothing was written</source>
      <translation>{path} 已存在且不是普通文件：未写入任何内容</translation>
    </message>
    <message>
      <source>{value} is not a day between the years 2000 and 2100</source>
      <translation>{value} 不是 2000 年至 2100 年之间的日期</translation>
    </message>
    <message>
      <source>“{value}” cannot be used: 1 to 40 letters, digits or signs, without spaces</source>
      <translation>“{value}”不能使用：须为 1 至 40 个字母、数字或符号，不含空格</translation>
    </message>
    <message>
      <source>{path} already exists and is another kind of file: nothing was written; choose a new name</source>
      <translation>{path} 已存在且是另一种文件：未写入任何内容；请换一个文件名</translation>
    </message>
    <message>
      <source>{value} is not a day like 2026-11-20</source>
      <translation>{value} 不是有效的日期（格式如 2026-11-20）</translation>
    </message>
    <message>
      <source>{file} is a results key (it opens results); give the signing key beside it: server-signing.key.pub</source>
      <translation>{file} 是成绩密钥（用于打开成绩）；请改用同一文件夹中的签名公钥：server-signing.key.pub</translation>
    </message>
    <message>
      <source>not UTF-8 text</source>
      <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
      <source>not a JSON object</source>
      <translation>不是 JSON 对象</translation>
    </message>
    <message>
      <source>{old} holds a server, but the default instance folder is now {folder}: name it with --instance (or XUEFA_SERVER_DIR), or move it there</source>
      <translation>{old} 中有一个服务器，但默认实例文件夹现在是 {folder}：请用 --instance（或 XUEFA_SERVER_DIR）指明它，或把它移到那里</translation>
    </message>
    <message>
      <source>{file} names the database {db}, and {own} is there too: which one is this server's cannot be guessed. Move the one that is not aside, then run the command again</source>
      <translation>{file} 指定的数据库是 {db}，而 {own} 也存在：无法判断哪一个属于本服务器。请把不属于的那个移开，然后重新运行命令</translation>
    </message>
    <message>
      <source>the instance folder {folder} is inside the program folder {program}, which an upgrade replaces: back it up (`xuefa-server --instance {folder} backup NEW-FOLDER` works from there), then `xuefa-server --instance NEW-FOLDER restore` it outside and use that</source>
      <translation>实例文件夹 {folder} 位于程序文件夹 {program} 之内，升级时程序文件夹会被整体替换：请先备份（在那里可以执行 `xuefa-server --instance {folder} backup 新文件夹`），再用 `xuefa-server --instance 新文件夹 restore` 恢复到程序文件夹以外，并改用那里</translation>
    </message>
    <message>
      <source>the server in {folder} has keys but its database {db} is missing; nothing was opened. Check --instance, or restore the last backup (`xuefa-server restore`)</source>
      <translation>{folder} 中的服务器有密钥，但其数据库 {db} 不见了；未打开任何内容。请检查 --instance，或恢复最近一次备份（`xuefa-server restore`）</translation>
    </message>
    <message>
      <source>{file} cannot be read ({why}): fix it or put back the copy from the last backup</source>
      <translation>{file} 无法读取（{why}）：请修正，或放回最近一次备份中的副本</translation>
    </message>
    <message>
      <source>line {line}, column {column}</source>
      <translation>第 {line} 行第 {column} 列</translation>
    </message>
    <message>
      <source>{file} is not valid JSON ({why}): fix it or put back the copy from the last backup</source>
      <translation>{file} 不是有效的 JSON（{why}）：请修正，或放回最近一次备份中的副本</translation>
    </message>
    <message>
      <source>{file}: {key} must be a whole number (0 or more), not {value}</source>
      <translation>{file}：{key} 必须是整数（0 或以上），而不是 {value}</translation>
    </message>
    <message>
      <source>the keys in {folder} are not the keys of the server whose database this is (another server's folder?): nothing was served. Copy this server's folder from one of its hosts (`xuefa-server backup`, then `restore`)</source>
      <translation>{folder} 中的密钥不是这个数据库所属服务器的密钥（是另一台服务器的文件夹？）：未提供服务。请从本服务器的某台主机复制其文件夹（`xuefa-server backup`，然后 `restore`）</translation>
    </message>
    <message>
      <source>sent results before it was enrolled here</source>
      <translation>在本服务器注册之前发送了成绩</translation>
    </message>
    <message>
      <source>sent study records before it was enrolled here</source>
      <translation>在本服务器注册之前发送了学习记录</translation>
    </message>
    <message>
      <source>no unit {unit_id} on this server: check the unit's code (the units command lists them)</source>
      <translation>本服务器没有单位 {unit_id}：请核对单位代码（units 命令可列出各单位）</translation>
    </message>
    <message>
      <source>no units yet: `xuefa-server units add`</source>
      <translation>还没有单位：`xuefa-server units add`</translation>
    </message>
    <message>
      <source>the reset goes up to the upstream server with the next sync-upstream (or bundle)</source>
      <translation>本次重置将随下一次 sync-upstream（或数据包）报送上级服务器</translation>
    </message>
    <message>
      <source>province</source>
      <translation>省</translation>
    </message>
    <message>
      <source>city</source>
      <translation>市</translation>
    </message>
    <message>
      <source>district</source>
      <translation>县区</translation>
    </message>
    <message>
      <source>unit {unit_id} {name} ({level}) saved</source>
      <translation>单位 {unit_id} {name}（{level}）已保存</translation>
    </message>
    <message>
      <source>a {level} under {parent}</source>
      <translation>{parent} 下的{level}</translation>
    </message>
    <message>
      <source>a top {level}</source>
      <translation>顶级{level}</translation>
    </message>
    <message>
      <source>{name}: {added} new learner(s), {updated} updated ({transferred} moved to another unit)</source>
      <translation>{name}：新增考生 {added} 人，更新 {updated} 人（其中调往其他单位 {transferred} 人）</translation>
    </message>
    <message>
      <source>{count} learner(s) written to {path}</source>
      <translation>{count} 名考生已写入 {path}</translation>
    </message>
    <message>
      <source>new one-time password for {learner_no} {name}: {password} (valid until {expires_at:%Y-%m-%d}; must be changed at first login)</source>
      <translation>{learner_no} {name} 的新一次性密码：{password}（有效期至 {expires_at:%Y-%m-%d}；首次登录时必须修改）</translation>
    </message>
    <message>
      <source>issuer {name} ({fingerprint}) {state}</source>
      <translation>出题单位 {name}（{fingerprint}）{state}</translation>
    </message>
    <message>
      <source>policy handed down to the stations: {values}</source>
      <translation>下发给考试机的设置：{values}</translation>
    </message>
    <message>
      <source>renamed: it was called {old_name}</source>
      <translation>已改名：原名 {old_name}</translation>
    </message>
    <message>
      <source>it was {was}; it is now {now}</source>
      <translation>原为{was}，现为{now}</translation>
    </message>
    <message>
      <source>  problem: {p}</source>
      <translation>  问题：{p}</translation>
    </message>
    <message>
      <source>nothing was changed: fix the {count} problem(s) above</source>
      <translation>未作任何修改：请改正上面的 {count} 处问题</translation>
    </message>
    <message>
      <source>account slips with the one-time passwords: {out} (print, hand out, then delete the file)</source>
      <translation>含一次性密码的账号通知单：{out}（打印、分发后请删除该文件）</translation>
    </message>
    <message>
      <source>one-time passwords made: {done} of {total}</source>
      <translation>已生成一次性密码：{done} / {total}</translation>
    </message>
    <message>
      <source>account slip: {slips}</source>
      <translation>账号通知单：{slips}</translation>
    </message>
    <message>
      <source>trusted</source>
      <translation>已信任</translation>
    </message>
    <message>
      <source>was already trusted</source>
      <translation>此前已信任</translation>
    </message>
    <message>
      <source>a new unit needs its --level (province, city, district or unit)</source>
      <translation>新单位须给出 --level（province、city、district 或 unit）</translation>
    </message>
    <message>
      <source>--parent is blank: give a unit code, or --parent "" for a top unit</source>
      <translation>--parent 为空白：请给出单位代码，或用 --parent "" 设为顶级单位</translation>
    </message>
    <message>
      <source>no unit {unit_id} on this server: `units list` shows the units; nothing was written</source>
      <translation>本服务器没有单位 {unit_id}：`units list` 列出各单位；未写出任何内容</translation>
    </message>
    <message>
      <source>1 to 100 characters</source>
      <translation>1 到 100 个字符</translation>
    </message>
    <message>
      <source>nothing to change: give what changes, e.g. --phone or --status</source>
      <translation>未给出要修改的内容：请给出要改的项，例如 --phone 或 --status</translation>
    </message>
    <message>
      <source>in post</source>
      <translation>在职</translation>
    </message>
    <message>
      <source>transferred out</source>
      <translation>调出</translation>
    </message>
    <message>
      <source>retired</source>
      <translation>退休</translation>
    </message>
    <message>
      <source>exempt</source>
      <translation>免考</translation>
    </message>
    <message>
      <source>leader</source>
      <translation>领导干部</translation>
    </message>
    <message>
      <source>staff</source>
      <translation>普通人员</translation>
    </message>
    <message>
      <source>--exempt-reason, --exempt-from and --exempt-until describe an exemption: give them with --status 免考 (the learner is not exempt)</source>
      <translation>--exempt-reason、--exempt-from 和 --exempt-until 用于免考：请与 --status 免考 一起给出（该考生不是免考状态）</translation>
    </message>
    <message>
      <source>password: chosen by the learner</source>
      <translation>密码：考生已自行设置</translation>
    </message>
    <message>
      <source>{value!r}: give 在职, 调出, 退休 or 免考 (active, transferred, retired, exempt)</source>
      <translation>{value!r}：请填 在职、调出、退休 或 免考</translation>
    </message>
    <message>
      <source>nothing changed: {learner_no} is already so</source>
      <translation>没有改动：{learner_no} 已经是这样</translation>
    </message>
    <message>
      <source>one-time password: {password} (valid until {expires_at:%Y-%m-%d}; must be changed at first login)</source>
      <translation>一次性密码：{password}（有效期至 {expires_at:%Y-%m-%d}；首次登录时必须修改）</translation>
    </message>
    <message>
      <source>account slip: {slips} (print, hand out, then delete the file)</source>
      <translation>账号通知单：{slips}（打印、分发后请删除该文件）</translation>
    </message>
    <message>
      <source>phone: {phone}</source>
      <translation>电话：{phone}</translation>
    </message>
    <message>
      <source>, valid until {until:%Y-%m-%d}</source>
      <translation>，有效期至 {until:%Y-%m-%d}</translation>
    </message>
    <message>
      <source>password: the one-time password has not been changed yet{expiry}</source>
      <translation>密码：一次性密码尚未修改{expiry}</translation>
    </message>
    <message>
      <source>moved on {when:%Y-%m-%d %H:%M}: from {old} to {new}</source>
      <translation>调动：{when:%Y-%m-%d %H:%M} 由 {old} 调入 {new}</translation>
    </message>
    <message>
      <source>, until {until}</source>
      <translation>，至 {until}</translation>
    </message>
    <message>
      <source>no learner {learner_no} here: check the number; this server's roster comes from its upstream (sync-upstream takes it)</source>
      <translation>本服务器没有考生 {learner_no}：请核对编号；本服务器的考生名单来自上级服务器（由 sync-upstream 取回）</translation>
    </message>
    <message>
      <source>no learner {learner_no} here: check the number (`learners add` adds one)</source>
      <translation>本服务器没有考生 {learner_no}：请核对编号（可用 `learners add` 添加）</translation>
    </message>
    <message>
      <source>learner {learner_no} already exists ({name}): use `learners edit` or `learners move`</source>
      <translation>考生 {learner_no} 已存在（{name}）：请用 `learners edit` 或 `learners move`</translation>
    </message>
    <message>
      <source>no learner {learner_no}: `learners add` adds one</source>
      <translation>没有考生 {learner_no}：可用 `learners add` 添加</translation>
    </message>
    <message>
      <source>the learner was added, but the slip could not be written to {slips} ({reason}); hand out the password shown above, or `reset-password` later with --slips</source>
      <translation>考生已添加，但账号通知单无法写入 {slips}（{reason}）；请分发上面显示的密码，或稍后用 `reset-password` 加 --slips 重新生成</translation>
    </message>
    <message>
      <source>the learner is not on this server's roster</source>
      <translation>该考生不在服务器的人员名单中</translation>
    </message>
    <message>
      <source>station {device_id} sent a password reset for learner {learner_no}; only a server resets passwords: not taken</source>
      <translation>考试机 {device_id} 发来了考生 {learner_no} 的密码重置；只有服务器才能重置密码，未采用</translation>
    </message>
    <message>
      <source>the password reset of learner {learner_no} by {device_id} ranks days ahead of this server's clock (is that server's clock days ahead?): not taken</source>
      <translation>{device_id} 对考生 {learner_no} 的密码重置比本服务器的时钟超前数天（那台服务器的时钟是否快了几天？）：未采用</translation>
    </message>
    <message>
      <source>the tier above already holds a newer password (or a later reset) of this learner</source>
      <translation>上一级已有该考生更新的密码（或更晚的重置）</translation>
    </message>
    <message>
      <source>the tier above holds a password the learner chose after a later reset, which stands (it comes down with the next sync)</source>
      <translation>上一级有该考生在更晚一次重置之后自己设置的密码，以它为准（随下一次同步下发）</translation>
    </message>
    <message>
      <source>the tier above holds a later reset of this learner, which stands (its password comes down with the next sync, or in the receipt file of a bundle)</source>
      <translation>上一级有该考生更晚的一次重置，以它为准（其密码随下一次同步下发，或随成绩包的回执文件带回）</translation>
    </message>
    <message>
      <source>no learner {learner_no} here: check the number</source>
      <translation>本服务器没有考生 {learner_no}：请核对编号</translation>
    </message>
    <message>
      <source>learner {learner_no} has moved to another unit ({unit}): the password is reset where the learner is now</source>
      <translation>考生 {learner_no} 已调往其他单位（{unit}）：请在其现所在单位重置密码</translation>
    </message>
    <message>
      <source>server {device_id} reset the password of learner {learner_no}, who is not in the units it serves; not taken</source>
      <translation>服务器 {device_id} 重置了考生 {learner_no} 的密码，但该考生不在它服务的单位中；未采用</translation>
    </message>
    <message>
      <source>the reset names no verifier, version or expiry that can be read</source>
      <translation>该重置记录中的密码校验值、版本或有效期无法读取</translation>
    </message>
    <message>
      <source>missing column(s) {items}; found: {value}</source>
      <translation>缺少列 {items}；找到的列：{value}</translation>
    </message>
    <message>
      <source>{value!r} is not a date (write it as 2027-06-30)</source>
      <translation>{value!r} 不是日期（请写成 2027-06-30）</translation>
    </message>
    <message>
      <source>{learner_no} is also on row {seen}</source>
      <translation>{learner_no} 也出现在第 {seen} 行</translation>
    </message>
    <message>
      <source>the name is empty</source>
      <translation>姓名为空</translation>
    </message>
    <message>
      <source>no unit {unit_text!r} (by code or name)</source>
      <translation>没有单位 {unit_text!r}（按代码或名称均未找到）</translation>
    </message>
    <message>
      <source>{name} is outside the units you administer</source>
      <translation>{name} 不在您管理的单位范围内</translation>
    </message>
    <message>
      <source>unknown status {status!r} (在职, 调出, 退休 or 免考)</source>
      <translation>未知的人员状态 {status!r}（应为 在职、调出、退休 或 免考）</translation>
    </message>
    <message>
      <source>{leader!r} is not 是 or 否</source>
      <translation>{leader!r} 不是“是”或“否”</translation>
    </message>
    <message>
      <source>Xuefa cannot be sure what Excel shows here ({reason}); format the cell as Text (设置单元格格式 → 文本) and type what it should say</source>
      <translation>无法确定 Excel 在此单元格显示的内容（{reason}）；请把单元格设为文本格式（设置单元格格式 → 文本），再输入应显示的内容</translation>
    </message>
    <message>
      <source>the learner number is empty</source>
      <translation>学号为空</translation>
    </message>
    <message>
      <source>longer than 40</source>
      <translation>超过 40 个字符</translation>
    </message>
    <message>
      <source>several units are called {unit_text}; use the unit code ({items})</source>
      <translation>有多个单位名为 {unit_text}；请改用单位代码（{items}）</translation>
    </message>
    <message>
      <source>learner number {learner_no} cannot be added or changed by you; if the person moved to your unit, an administrator over both units moves them</source>
      <translation>您不能添加或修改学号 {learner_no}；如果此人调入您的单位，请由同时管理两个单位的管理员办理调动</translation>
    </message>
    <message>
      <source>an exemption needs its reason (e.g. 两年内退休, 长期病假)</source>
      <translation>免考须写明原因（例如 两年内退休、长期病假）</translation>
    </message>
    <message>
      <source>the exemption's reason is longer than 200 characters</source>
      <translation>免考原因超过 200 个字符</translation>
    </message>
    <message>
      <source>the exemption starts ({start}) after it ends ({end})</source>
      <translation>免考开始日期（{start}）晚于结束日期（{end}）</translation>
    </message>
    <message>
      <source>the exemption ended on {end}; give a new end date, or the status 在职 (active)</source>
      <translation>免考已于 {end} 结束：请给出新的结束日期，或把状态改为 在职</translation>
    </message>
    <message>
      <source>the learner is not in the units this station serves</source>
      <translation>该考生不属于本考试机所服务的单位</translation>
    </message>
    <message>
      <source>station {device_id} sent a new password for learner {learner_no} made over a reset this server does not hold; not taken</source>
      <translation>考试机 {device_id} 发来了考生 {learner_no} 的新密码，但它是在本服务器没有的一次重置之后修改的；未采用</translation>
    </message>
    <message>
      <source>the password was changed over one that a later reset replaced; the later reset stands (its one-time password comes down with the next sync)</source>
      <translation>该密码是在一个已被之后的重置取代的密码上修改的；以之后的重置为准（其一次性密码在下次同步时下发）</translation>
    </message>
    <message>
      <source>a newer password (or a reset) is already held here</source>
      <translation>服务器上已有更新的密码（或已重置密码）</translation>
    </message>
    <message>
      <source>this server takes its units and learners from its upstream ({url}): add or change them there; the change comes down with the next `xuefa-server sync-upstream` (a password reset here is still allowed, for this server's stations)</source>
      <translation>本服务器的单位和考生名单来自上级服务器（{url}）：请在上级服务器上添加或修改，改动会在下次 `xuefa-server sync-upstream` 时下发到本服务器（在本服务器仍可重置密码，对本服务器的考试机有效）</translation>
    </message>
    <message>
      <source>level must be one of {levels}</source>
      <translation>级别只能是以下之一：{levels}</translation>
    </message>
    <message>
      <source>a {level} cannot stand under {parent_id}, which is a {parent_level}: give its right --level, or a --parent of a higher level</source>
      <translation>{parent_id} 是{parent_level}，其下不能设{level}：请给出正确的 --level，或选择更高层级的 --parent</translation>
    </message>
    <message>
      <source>the unit code {unit_id} has full-width characters: type it as {plain}</source>
      <translation>单位代码 {unit_id} 含有全角字符：请输入 {plain}</translation>
    </message>
    <message>
      <source>the unit code {unit_id} differs from the existing unit {like} only in upper or lower case: use {like}, or a code that differs in more</source>
      <translation>单位代码 {unit_id} 与已有单位 {like} 仅大小写不同：请使用 {like}，或换一个区别更明显的代码</translation>
    </message>
    <message>
      <source>the unit code {unit_id} looks like the existing unit {like} (I, l and 1, O and 0 are easily mistaken): use {like}, or a code that differs in more</source>
      <translation>单位代码 {unit_id} 与已有单位 {like} 看起来一样（I、l 和 1，O 和 0 容易看错）：请使用 {like}，或换一个区别更明显的代码</translation>
    </message>
    <message>
      <source>status must be one of {statuses}</source>
      <translation>状态只能是以下之一：{statuses}</translation>
    </message>
    <message>
      <source>{text!r} holds a line break or an invisible control character: type it again as plain text</source>
      <translation>{text!r} 含有换行或不可见的控制字符：请以纯文本重新输入</translation>
    </message>
    <message>
      <source>the name {name} is only digits: type the person's name (the number goes in the learner number)</source>
      <translation>姓名 {name} 全是数字：请填写本人姓名（编号应填在学号一栏）</translation>
    </message>
    <message>
      <source>the phone number {phone} cannot be used: digits, spaces, + - ( ) / and 转 for an extension only</source>
      <translation>电话号码 {phone} 无法使用：只能包含数字、空格、+ - ( ) /，分机号可用“转”</translation>
    </message>
    <message>
      <source>no policy {key}; known: {known}</source>
      <translation>没有设置项 {key}；可用的有：{known}</translation>
    </message>
    <message>
      <source>{key} must be between {low} and {high}</source>
      <translation>{key} 必须在 {low} 到 {high} 之间</translation>
    </message>
    <message>
      <source>no parent unit {unit_id} (add it first with `xuefa-server units add`)</source>
      <translation>没有上级单位 {unit_id}（请先用 `xuefa-server units add` 添加）</translation>
    </message>
    <message>
      <source>{parent_id} is inside {unit_id}; a unit cannot be its own ancestor</source>
      <translation>{parent_id} 在 {unit_id} 之下：单位不能成为自己的上级</translation>
    </message>
    <message>
      <source>{unit_id} holds {child_id}, which is a {child_level}: it cannot be a {level}</source>
      <translation>{unit_id} 下设有{child_level} {child_id}，不能改为{level}</translation>
    </message>
    <message>
      <source>the learner number {learner_no!r} cannot be used: a number has none of / \ ? # % and no control characters</source>
      <translation>学号 {learner_no!r} 不能使用：学号中不能有 / \ ? # % 或控制字符</translation>
    </message>
    <message>
      <source>the learner number {learner_no} has no digit: a learner number is the person's staff or ID number (a name goes in the name)</source>
      <translation>学号 {learner_no} 不含数字：学号应是本人的工号或证件号码（姓名请填在姓名一栏）</translation>
    </message>
    <message>
      <source>the learner number {learner_no} has full-width characters or spaces: type it as {plain}</source>
      <translation>学号 {learner_no} 含有全角字符或空格：请输入 {plain}</translation>
    </message>
    <message>
      <source>recipient {n} is not a results public key file (server-results.key.pub)</source>
      <translation>第 {n} 个接收方不是成绩公钥文件（server-results.key.pub）</translation>
    </message>
    <message>
      <source>this server has no questions yet: import a bank first (xuefa-server import-questions FILE --bank {bank})</source>
      <translation>本服务器还没有试题：请先导入题库（xuefa-server import-questions 文件 --bank {bank}）</translation>
    </message>
    <message>
      <source>the exam {exam_id} was built already (package {package_id}, {when}); stations would list both as open: give this exam another exam_id, or build it again on purpose with --again</source>
      <translation>考试 {exam_id} 已经生成过（考试包 {package_id}，{when}）；考试机会把两个都列为可参加：请给本考试另取一个 exam_id，或确有需要时加 --again 再次生成</translation>
    </message>
    <message>
      <source>the bank {bank} has no questions here; the banks with questions: {banks}</source>
      <translation>本服务器的题库 {bank} 中没有可用试题；有试题的题库：{banks}</translation>
    </message>
    <message>
      <source>everyone who should sit {exam_id} has passed it: no make-up is needed</source>
      <translation>应参加 {exam_id} 的人员都已通过，无需补考</translation>
    </message>
    <message>
      <source>REFUSED</source>
      <translation>已拒收</translation>
    </message>
    <message>
      <source>bank {bank}: {added} added, {changed} changed (new version), {unchanged} unchanged</source>
      <translation>题库 {bank}：新增 {added} 道，修改 {changed} 道（存为新版本），未变 {unchanged} 道</translation>
    </message>
    <message>
      <source>{title}: package {package_id} from {questions} question(s) of {bank}, for {recipients} recipient server(s); stations receive it with their next sync</source>
      <translation>{title}：考试包 {package_id}，取自题库 {bank} 的 {questions} 道题，接收服务器 {recipients} 台；考试机下次同步时收到</translation>
    </message>
    <message>
      <source>start code: {start_code}</source>
      <translation>开考码：{start_code}</translation>
    </message>
    <message>
      <source>proctor password: {proctor_password}</source>
      <translation>监考员密码：{proctor_password}</translation>
    </message>
    <message>
      <source>{count} question(s)</source>
      <translation>{count} 道题</translation>
    </message>
    <message>
      <source>{count} question(s) of {bank} written to {out}</source>
      <translation>已将 {bank} 的 {count} 道试题写入 {out}</translation>
    </message>
    <message>
      <source>GIFT keeps no difficulty, points or tags, and no reference answer of a short-answer question</source>
      <translation>GIFT 格式不保存难度、分值和标签，也不保存简答题的参考答案</translation>
    </message>
    <message>
      <source>this layout keeps no tags</source>
      <translation>这种版式不保留标签</translation>
    </message>
    <message>
      <source>question {question_id} retired: new packages leave it out</source>
      <translation>试题 {question_id} 已停用：新考试包不再包含它</translation>
    </message>
    <message>
      <source> (package {package_id}, exam {exam_id}: sittings add --package {package_id})</source>
      <translation>（考试包 {package_id}，考试 {exam_id}：sittings add --package {package_id}）</translation>
    </message>
    <message>
      <source>{count} question(s) read</source>
      <translation>读入 {count} 道题</translation>
    </message>
    <message>
      <source>{file}: {state}, {problems} problem(s), {skipped} skipped</source>
      <translation>{file}：{state}，问题 {problems} 处，跳过 {skipped} 处</translation>
    </message>
    <message>
      <source>  skipped: {p}</source>
      <translation>  跳过：{p}</translation>
    </message>
    <message>
      <source>  note: {p}</source>
      <translation>  提示：{p}</translation>
    </message>
    <message>
      <source>nothing was imported: {count} question(s) already in bank {bank} would change (listed above); run again with --update to keep each change as a new version</source>
      <translation>未导入任何内容：题库 {bank} 中已有的 {count} 道题会被修改（见上）；加 --update 重新运行可把每处修改存为新版本</translation>
    </message>
    <message>
      <source>nothing was imported: fix the {count} problem(s) above (no question was read without one)</source>
      <translation>未导入任何内容：请改正上面的 {count} 处问题（没有一道题是无问题读入的）</translation>
    </message>
    <message>
      <source>nothing was imported: fix the {count} problem(s) above, or run again with --accept-valid to take the valid questions</source>
      <translation>未导入任何内容：请改正上面的 {count} 处问题，或加 --accept-valid 重新运行以只导入有效的试题</translation>
    </message>
    <message>
      <source>  changed: {c}</source>
      <translation>  已修改：{c}</translation>
    </message>
    <message>
      <source>nothing was imported: {files} refused whole, for the reason given above</source>
      <translation>未导入任何内容：{files} 整个文件被拒收，原因见上</translation>
    </message>
    <message>
      <source>  would change: {c}</source>
      <translation>  将会修改：{c}</translation>
    </message>
    <message>
      <source>an import would store nothing: fix the {count} problem(s) above (no question was read without one)</source>
      <translation>正式导入将不会保存任何内容：请修正上面的 {count} 个问题（没有一道题是无问题读入的）</translation>
    </message>
    <message>
      <source>preview, nothing stored: with --accept-valid, an import into bank {bank} would add {added}, change {changed} (new version) and leave {unchanged} unchanged</source>
      <translation>预览，未保存任何内容：加 --accept-valid 导入题库 {bank} 将新增 {added} 道、修改 {changed} 道（新版本）、{unchanged} 道不变</translation>
    </message>
    <message>
      <source>preview, nothing stored: into bank {bank} this would add {added}, change {changed} (new version) and leave {unchanged} unchanged</source>
      <translation>预览，未保存任何内容：导入题库 {bank} 将新增 {added} 道、修改 {changed} 道（新版本）、{unchanged} 道不变</translation>
    </message>
    <message>
      <source>an import would store nothing: fix the {count} problem(s) above, or import with --accept-valid to take the valid questions</source>
      <translation>正式导入将不会保存任何内容：请修正上面的 {count} 个问题，或加 --accept-valid 导入，只导入有效的试题</translation>
    </message>
    <message>
      <source>an import would store nothing: {count} question(s) already in bank {bank} would change (listed above); import with --update to keep each change as a new version</source>
      <translation>正式导入将不会保存任何内容：题库 {bank} 中已有的 {count} 道试题会被修改（见上）；加 --update 导入，每处修改保存为新版本</translation>
    </message>
    <message>
      <source>package file: {out}</source>
      <translation>考试包文件：{out}</translation>
    </message>
    <message>
      <source>make-up for {makeup_for} learner(s) who were absent or failed</source>
      <translation>补考，面向缺考或不合格的 {makeup_for} 名考生</translation>
    </message>
    <message>
      <source>{out}: the file name must end with .xlsx, .json, .gift, .docx or .txt (the format to write)</source>
      <translation>{out}：文件名须以 .xlsx、.json、.gift、.docx 或 .txt 结尾（即要写入的格式）</translation>
    </message>
    <message>
      <source>the bank {bank} has no questions in use: nothing was written (`questions list --bank` shows a bank's questions)</source>
      <translation>题库 {bank} 没有在用的试题：未写入任何内容（`questions list --bank` 可列出题库中的试题）</translation>
    </message>
    <message>
      <source>every question of {bank} in use shows pictures, which {format} cannot hold: nothing was written; export to .json or .docx, which keep them</source>
      <translation>{bank} 中在用的试题都带图片，{format} 格式无法保存图片：未写入任何文件；请导出为 .json 或 .docx，它们会保留图片</translation>
    </message>
    <message>
      <source>no question of {bank} in use can be written as {format}: nothing was written; export to .json</source>
      <translation>题库 {bank} 中在用的试题都无法写成 {format}：未写入任何内容；请导出为 .json</translation>
    </message>
    <message>
      <source>no question of {bank} in use can be written as {format} so that it reads back as itself: nothing was written; export to .json or .xlsx</source>
      <translation>题库 {bank} 中在用的试题都无法以 {format} 格式写出并按原样读回：未写入任何内容；请导出为 .json 或 .xlsx</translation>
    </message>
    <message>
      <source>not in the file: {what}</source>
      <translation>文件中未包含：{what}</translation>
    </message>
    <message>
      <source>  left out: {count} question(s) that show pictures ({ids}), which this format cannot hold; export to .json or .docx to keep them</source>
      <translation>  未导出：{count} 道带图片的试题（{ids}），此格式无法保存图片；要保留它们，请导出为 .json 或 .docx</translation>
    </message>
    <message>
      <source>  left out: {count} question(s) whose text holds lines this layout reads as its own (a numbered list, a line starting with an option letter, 答案：, an option on two lines) ({ids}): they would come back as other questions; export to .json or .xlsx to keep them</source>
      <translation>  未导出：{count} 道试题的文字中含有此版式会当作自身格式读取的行（编号列表、以选项字母开头的行、答案：、分成两行的选项）（{ids}）：再导入时会变成别的试题；如需保留，请导出为 .json 或 .xlsx</translation>
    </message>
    <message>
      <source>  left out: {count} question(s) whose text holds control characters (ESC, NUL …) that no Excel or Word file can hold ({ids}); export to .json, correct them, and import it with --update</source>
      <translation>  未写入：{count} 道题的文字含有 Excel 或 Word 文件都无法保存的控制字符（ESC、NUL 等）（{ids}）；请导出为 .json，改正后加 --update 导入</translation>
    </message>
    <message>
      <source>  left out: question {n} ({id}), a fill-in with several blanks (GIFT holds one blank a question)</source>
      <translation>  未写入：第 {n} 题（{id}），含多个空的填空题（GIFT 每题只能有一个空）</translation>
    </message>
    <message>
      <source>no question {question_id}</source>
      <translation>没有试题 {question_id}</translation>
    </message>
    <message>
      <source>v{version} {changed_at:%Y-%m-%d %H:%M} {changed_by} ({note}): answer {answer}; {stem}</source>
      <translation>v{version} {changed_at:%Y-%m-%d %H:%M} {changed_by}（{note}）：答案 {answer}；{stem}</translation>
    </message>
    <message>
      <source>imported: {title}</source>
      <translation>已导入：{title}</translation>
    </message>
    <message>
      <source>already present: {title}</source>
      <translation>已存在：{title}</translation>
    </message>
    <message>
      <source>{count} problem(s): the questions they name were not imported</source>
      <translation>{count} 处问题：所涉及的试题未导入</translation>
    </message>
    <message>
      <source>there is no bank {bank} here; the banks: {banks}</source>
      <translation>本服务器没有题库 {bank}；现有题库：{banks}</translation>
    </message>
    <message>
      <source>; refused whole: {files}</source>
      <translation>；整体拒收：{files}</translation>
    </message>
    <message>
      <source>the package was not built: {exc}</source>
      <translation>未生成考试包：{exc}</translation>
    </message>
    <message>
      <source>none yet (import-questions makes one)</source>
      <translation>尚无（import-questions 会建立题库）</translation>
    </message>
    <message>
      <source>the package says it was made at {made}, more than 12 hours after this server's time: the date of the PC it was built on is wrong, and every station would refuse to start it; build it again there with the right date</source>
      <translation>试卷包声称制作于 {made}，比本服务器的时间晚12小时以上：制作试卷包的电脑日期有误，所有考试机都会拒绝开考；请在该电脑上改正日期后重新制作</translation>
    </message>
    <message>
      <source>the pictures of this import come to more than {most} MB (each question keeps its own copy): import fewer questions with pictures at once, or use smaller pictures</source>
      <translation>本次导入的图片合计超过 {most} MB（每道题各存一份）：请每次少导入一些带图片的试题，或使用更小的图片</translation>
    </message>
    <message>
      <source>id {qid} belongs to a question of another bank; nothing there is changed</source>
      <translation>编号 {qid} 属于另一个题库的试题；那里的内容不作改动</translation>
    </message>
    <message>
      <source>question {value!r} is also in {value2} with other content ({fields})</source>
      <translation>试题 {value!r} 也在 {value2} 中，但内容不同（{fields}）</translation>
    </message>
    <message>
      <source>the same question as in {other}: imported once</source>
      <translation>与 {other} 中的试题相同：只导入一次</translation>
    </message>
    <message>
      <source>question {value!r} is also in {other} with another answer: keep the right one</source>
      <translation>试题 {value!r} 也在 {other} 中，但答案不同：请只保留正确的一份</translation>
    </message>
    <message>
      <source>worded like question {twin} of the bank but with other options, answers or pictures: both kept</source>
      <translation>与题库中试题 {twin} 题干相同，但选项、答案或图片不同：两道都保留</translation>
    </message>
    <message>
      <source>worded like the question at {other} of {file} but with other options, answers or pictures: both kept; if one corrects the other, keep the right one</source>
      <translation>与 {file} {other}的试题措辞相同，但选项、答案或图片不同：两道都保留；如果其中一道是对另一道的更正，请只保留正确的那道</translation>
    </message>
    <message>
      <source>question {twin} of the bank has the same options and answer and a stem a few characters apart ({stem!r}): both kept; if this one corrects it, retire {twin}</source>
      <translation>题库中的试题 {twin} 选项和答案相同，题干只差几个字（{stem!r}）：两道都保留；如果这道是对它的更正，请停用 {twin}</translation>
    </message>
    <message>
      <source>single choice</source>
      <translation>单选</translation>
    </message>
    <message>
      <source>multiple choice</source>
      <translation>多选</translation>
    </message>
    <message>
      <source>true/false</source>
      <translation>判断</translation>
    </message>
    <message>
      <source>fill-in</source>
      <translation>填空</translation>
    </message>
    <message>
      <source>short answer</source>
      <translation>简答</translation>
    </message>
    <message>
      <source>true</source>
      <translation>正确</translation>
    </message>
    <message>
      <source>false</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>(no reference answer)</source>
      <translation>（无参考答案）</translation>
    </message>
    <message>
      <source>item {number}</source>
      <translation>第 {number} 项</translation>
    </message>
    <message>
      <source>{sheet}, {where}</source>
      <translation>{sheet}，{where}</translation>
    </message>
    <message>
      <source>{file}, {where} · {type} · {stem}</source>
      <translation>{file}，{where} · {type} · {stem}</translation>
    </message>
    <message>
      <source>answer: {answer}</source>
      <translation>答案：{answer}</translation>
    </message>
    <message>
      <source>sheet {sheet}, {where}</source>
      <translation>工作表 {sheet}，{where}</translation>
    </message>
    <message>
      <source> [picture]</source>
      <translation> [图片]</translation>
    </message>
    <message>
      <source>points: {points}</source>
      <translation>分值：{points}</translation>
    </message>
    <message>
      <source>category: {category}</source>
      <translation>分类：{category}</translation>
    </message>
    <message>
      <source>difficulty: {difficulty}</source>
      <translation>难度：{difficulty}</translation>
    </message>
    <message>
      <source>{count} picture(s)</source>
      <translation>{count} 张图片</translation>
    </message>
    <message>
      <source>explanation: {text}</source>
      <translation>解析：{text}</translation>
    </message>
    <message>
      <source>no server keys in {folder}: if the server is elsewhere, give its folder with --instance (or XUEFA_SERVER_DIR); a new server is made there with `xuefa-server init`</source>
      <translation>{folder} 中没有服务器密钥：如果服务器在别处，请用 --instance（或 XUEFA_SERVER_DIR）给出它的文件夹；要在此新建服务器，请运行 `xuefa-server init`</translation>
    </message>
    <message>
      <source>no result counts yet</source>
      <translation>尚无计入的成绩</translation>
    </message>
    <message>
      <source>no exam results yet</source>
      <translation>还没有考试成绩</translation>
    </message>
    <message>
      <source>written to {excel}</source>
      <translation>已写入 {excel}</translation>
    </message>
    <message>
      <source>{year}  study points {points} (by the deadline {points_by_deadline} of {threshold}: {reached})</source>
      <translation>{year}  学习积分 {points}（截止时 {points_by_deadline}，要求 {threshold}：{reached}）</translation>
    </message>
    <message>
      <source>{exam}: attempt {attempt_id} begun at station {device_id} ({at}), its result never came: it uses one of the attempts (xuefa-server release-attempt if it never will)</source>
      <translation>{exam}：作答 {attempt_id} 在考试机 {device_id} 上开考（{at}），成绩始终未送达：它占用一次考试机会（若永远不会送达，请用 xuefa-server release-attempt 释放）</translation>
    </message>
    <message>
      <source>no unit {unit_id}; `xuefa-server units list` shows them</source>
      <translation>没有单位 {unit_id}；`xuefa-server units list` 可列出所有单位</translation>
    </message>
    <message>
      <source>no results for exam {exam_id} on this server</source>
      <translation>本服务器没有考试 {exam_id} 的成绩</translation>
    </message>
    <message>
      <source>no exam {exam_id} on this server (neither its package nor a result of it)</source>
      <translation>本服务器没有考试 {exam_id}（既没有它的考试包，也没有它的成绩）</translation>
    </message>
    <message>
      <source>no learner {learner_no}</source>
      <translation>没有考生 {learner_no}</translation>
    </message>
    <message>
      <source>reached</source>
      <translation>已达到</translation>
    </message>
    <message>
      <source>not reached</source>
      <translation>未达到</translation>
    </message>
    <message>
      <source>{review}: {rules}</source>
      <translation>{review}：{rules}</translation>
    </message>
    <message>
      <source> (make-up)</source>
      <translation>（补考）</translation>
    </message>
    <message>
      <source>the learner is not in the unit the station serves</source>
      <translation>考生不属于考试机所服务的单位</translation>
    </message>
    <message>
      <source>the learner is not seated in the sitting the result names</source>
      <translation>考生未编排在该场次</translation>
    </message>
    <message>
      <source>the seat was checked in from another station</source>
      <translation>座位由其他考试机签到</translation>
    </message>
    <message>
      <source>the attempt began before its sitting was started</source>
      <translation>场次开始前作答</translation>
    </message>
    <message>
      <source>the proctor recorded the learner as missing</source>
      <translation>监考已登记缺考</translation>
    </message>
    <message>
      <source>begun after the sitting was closed, or after its login had closed without checking in</source>
      <translation>在场次结束后才开考，或未签到且在停止登录后才开考</translation>
    </message>
    <message>
      <source>the learner handed in more than one result in this sitting</source>
      <translation>同一场次再次交卷</translation>
    </message>
    <message>
      <source>begun with the station's clock set back (before one of its syncs, which did not list it, or before its exam package was made)</source>
      <translation>考试机时钟被调回（开考时间早于本机的某次同步而那次同步未列出此次考试，或早于试卷包的制作时间）</translation>
    </message>
    <message>
      <source>the attempt is outside the exam window</source>
      <translation>不在考试时间窗口内</translation>
    </message>
    <message>
      <source>the time used exceeds the duration plus granted extra time</source>
      <translation>超出考试时长</translation>
    </message>
    <message>
      <source>answers were saved after the time was up</source>
      <translation>时间到后仍有作答</translation>
    </message>
    <message>
      <source>the PC slept or the program was off for more than 10 minutes in all, not counted as exam time</source>
      <translation>考试中电脑休眠或程序中断累计超过10分钟（未计入考试用时）</translation>
    </message>
    <message>
      <source>the learner sat more attempts than the exam allows: an administrator decides which counts</source>
      <translation>考试次数超出规定，由管理员决定计入哪一次</translation>
    </message>
    <message>
      <source>another, different result of this attempt was delivered: the attempt was sealed twice</source>
      <translation>同一次作答又交来另一份不同的成绩：该次作答被封存了两次</translation>
    </message>
    <message>
      <source>{count} answer(s) saved after the {limit} min allowed, the last {minutes} min {seconds} s after; ignored in the grade</source>
      <translation>超过规定的{limit}分钟后保存了{count}个答案，最晚一个晚了{minutes}分{seconds}秒；评分时不予计算</translation>
    </message>
    <message>
      <source>away {minutes} min {seconds} s in all (PC asleep or the program not running), not counted as exam time; more than {allowed} min is held for review</source>
      <translation>累计离开{minutes}分{seconds}秒（电脑休眠或程序未运行），未计入考试用时；超过{allowed}分钟须审核</translation>
    </message>
    <message>
      <source>a time away the station recorded cannot be read; {minutes} min readable in all, not counted as exam time</source>
      <translation>考试机记录的一段离开时间无法读取；可读取的累计{minutes}分钟，未计入考试用时</translation>
    </message>
    <message>
      <source>the station does not serve this learner</source>
      <translation>该考试机不服务这名考生</translation>
    </message>
    <message>
      <source>released by {actor} at {at}: {reason}</source>
      <translation>已由 {actor} 于 {at} 释放：{reason}</translation>
    </message>
    <message>
      <source>no announced attempt {attempt_id} here</source>
      <translation>本服务器没有考试机报告过的考试 {attempt_id}</translation>
    </message>
    <message>
      <source>the result of attempt {attempt_id} is here: accept or reject it instead (xuefa-server decide)</source>
      <translation>考试 {attempt_id} 的成绩已在本服务器：请改为接受或驳回该成绩（xuefa-server decide）</translation>
    </message>
    <message>
      <source>attempt {attempt_id} uses no attempt already ({note})</source>
      <translation>考试 {attempt_id} 已不占用考试机会（{note}）</translation>
    </message>
    <message>
      <source>releasing an attempt needs a reason</source>
      <translation>释放一次考试需要填写原因</translation>
    </message>
    <message>
      <source>the station listed attempts of {count} learner(s) it does not serve ({learners}): kept, not counted</source>
      <translation>考试机报告了 {count} 名不归它服务的考生的考试（{learners}）：已保留记录，不计入考试次数</translation>
    </message>
    <message>
      <source>To decide one: xuefa-server decide RESULT_ID accept|reject --reason "…" --by ADMIN (accepted, it counts; rejected, it stays stored and never counts)</source>
      <translation>如需认定：xuefa-server decide 成绩编号 accept|reject --reason "…" --by 管理员账号（accept 为认定，从此计入；reject 为不予认定，仍然保存、永不计入）</translation>
    </message>
    <message>
      <source>    {server} decided: {review} by {who} ({reason})</source>
      <translation>    {server} 的决定：{who} {review}（{reason}）</translation>
    </message>
    <message>
      <source>Each uses one of the learner's attempts until its result comes. If it never will (the PC's disk failed): xuefa-server release-attempt ATTEMPT_ID --reason "…" --by ADMIN</source>
      <translation>每一次都占用考生的一次考试机会，直到成绩送达。若成绩永远不会送达（例如考试机硬盘损坏）：xuefa-server release-attempt 作答编号 --reason "…" --by 管理员账号</translation>
    </message>
    <message>
      <source>{count} result(s)</source>
      <translation>{count} 份成绩</translation>
    </message>
    <message>
      <source>; not followed here: {why}</source>
      <translation>；本服务器未采纳：{why}</translation>
    </message>
    <message>
      <source>{result_id}: {review} by {who}</source>
      <translation>{result_id}：{who} {review}</translation>
    </message>
    <message>
      <source>{count} attempt(s) announced and never delivered</source>
      <translation>共 {count} 次考试已报告但成绩从未送达</translation>
    </message>
    <message>
      <source>{attempt_id}: released by {who}</source>
      <translation>{attempt_id}：已由 {who} 释放</translation>
    </message>
    <message>
      <source>{result_id}  learner {learner_no} {name} ({unit})  {exam}  score {score}  station {device_id}</source>
      <translation>{result_id}  考生 {learner_no} {name}（{unit}）  {exam}  得分 {score}  考试机 {device_id}</translation>
    </message>
    <message>
      <source>now counted (held only because of it): {results}</source>
      <translation>现已计入（此前仅因这次考试暂不计入）：{results}</translation>
    </message>
    <message>
      <source>{who!r} is not an administrator account here (xuefa-server admins list): a decision is kept with who made it</source>
      <translation>{who!r} 不是本服务器的管理员账号（xuefa-server admins list）：每项决定都要记下作出决定的人</translation>
    </message>
    <message>
      <source>{who} is a proctor: results are decided by an administrator of the learner's unit</source>
      <translation>{who} 是监考员：成绩由考生所在单位的管理员决定</translation>
    </message>
    <message>
      <source>{who} does not administer the unit of learner {learner_no}: the decision is for an administrator over it</source>
      <translation>{who} 不管理考生 {learner_no} 所在的单位：应由管辖该单位的管理员决定</translation>
    </message>
    <message>
      <source>still held for the attempt limit: {results} (the learner has more results than the exam allows: xuefa-server decide accepts one, rejects the others)</source>
      <translation>仍因超出考试次数暂不计入：{results}（该考生的成绩多于考试允许的次数：请用 xuefa-server decide 认定其中一份，对其余不予认定）</translation>
    </message>
    <message>
      <source>    rules broken: {rules}</source>
      <translation>    违反的规则：{rules}</translation>
    </message>
    <message>
      <source>    {what}: {fact}</source>
      <translation>    {what}：{fact}</translation>
    </message>
    <message>
      <source>    {review} by {who}: {reason}</source>
      <translation>    {who} 的决定：{review}（{reason}）</translation>
    </message>
    <message>
      <source>{at}  learner {learner_no} {name}  {exam}  station {station}  attempt {attempt_id}</source>
      <translation>{at}  考生 {learner_no} {name}  {exam}  考试机 {station}  作答 {attempt_id}</translation>
    </message>
    <message>
      <source>{result_id} was {review} by {by} ({reason}). Change it?</source>
      <translation>{result_id} 此前由 {by} 决定：{review}（{reason}）。确定要改变吗？</translation>
    </message>
    <message>
      <source>Release attempt {attempt_id} of {learner_no} {name}, announced by station {device_id} and never delivered? It then uses none of the learner's attempts.</source>
      <translation>释放考生 {learner_no} {name} 的考试 {attempt_id}（由考试机 {device_id} 报告，成绩从未送达）？释放后不再占用该考生的考试机会。</translation>
    </message>
    <message>
      <source>held only because the seat was bound to another PC; the proctor {actor} moved the seat to the PC it was sat at</source>
      <translation>此前仅因座位绑定在另一台考试机上而暂不计入；监考员 {actor} 已把座位调到实际作答的考试机</translation>
    </message>
    <message>
      <source>held only for the attempt limit; counts now that an attempt was given back</source>
      <translation>此前仅因超出考试次数暂不计入；因有一次考试机会被退回，现已计入</translation>
    </message>
    <message>
      <source>station {device_id} told of an attempt of {learner_no} not delivered; with it they are over the exam's allowance (xuefa-server announced --learner {learner_no})</source>
      <translation>考试机 {device_id} 报告了 {learner_no} 的一次未送达的考试；算上它，该考生超出了考试允许的次数（xuefa-server announced --learner {learner_no}）</translation>
    </message>
    <message>
      <source>learner {learner_no} sat an exam that asks for {points} study points by the deadline; this server holds {held} (records may still be on their way)</source>
      <translation>考生 {learner_no} 参加的考试要求截止前取得 {points} 学习积分；本服务器记录为 {held} 分（学习记录可能还在传送中）</translation>
    </message>
    <message>
      <source>station {device_id} first reached this server at {met}, after the window of {exam} closed; {count} result(s) it sat before that ({results}): a PC installed afresh with its clock set back looks the same as one that sat offline; ask who ran it</source>
      <translation>考试机 {device_id} 首次连接本服务器是在 {met}，{exam} 的考试时间已结束；它有 {count} 份成绩是在此之前考的（{results}）：新装且把时钟调回的电脑与离线考试的电脑看起来一样，请向使用这台电脑的人核实</translation>
    </message>
    <message>
      <source>the upper server holds more results of this learner than the exam allows, some from elsewhere: an administrator there chooses which counts</source>
      <translation>上级服务器持有该考生超过考试允许次数的成绩，其中有来自其他途径的：由上级的管理员决定计入哪一次</translation>
    </message>
    <message>
      <source>{name} (server console){rest}</source>
      <translation>{name}（服务器命令行）{rest}</translation>
    </message>
    <message>
      <source>the decision is accept or reject</source>
      <translation>决定只能是 accept（接受）或 reject（拒绝）</translation>
    </message>
    <message>
      <source>a decision needs a reason (it is kept with who decided and when)</source>
      <translation>作出决定须写明理由（与决定人和时间一并保存）</translation>
    </message>
    <message>
      <source>no result {result_id} here: `xuefa-server flagged` lists the held ones</source>
      <translation>本服务器没有成绩 {result_id}：`xuefa-server flagged` 列出暂不计入的成绩</translation>
    </message>
    <message>
      <source>this result broke no acceptance rule: it counts already</source>
      <translation>该成绩未违反任何接收规则：已经计入</translation>
    </message>
    <message>
      <source>{learner_no} already has {counted} counted attempt(s) of an exam that allows {allowed} ({results}): reject one of them first</source>
      <translation>{learner_no} 已有 {counted} 次计入的考试，而该考试只允许 {allowed} 次（{results}）：请先对其中一次不予认定</translation>
    </message>
    <message>
      <source>sitting {sitting_id}: {title}, {room}, {starts_at}, {seats} seat(s)</source>
      <translation>场次 {sitting_id}：{title}，{room}，{starts_at}，{seats} 个座位</translation>
    </message>
    <message>
      <source>scheduled</source>
      <translation>未开考</translation>
    </message>
    <message>
      <source>started</source>
      <translation>已开考</translation>
    </message>
    <message>
      <source>closing</source>
      <translation>正在结束</translation>
    </message>
    <message>
      <source>closed</source>
      <translation>已结束</translation>
    </message>
    <message>
      <source>started: {title}</source>
      <translation>已开考：{title}</translation>
    </message>
    <message>
      <source>not called off</source>
      <translation>未取消</translation>
    </message>
    <message>
      <source>called off: {title}; its learners can be seated in another sitting</source>
      <translation>已取消：{title}；其考生可另行编排到其他场次</translation>
    </message>
    <message>
      <source>the sitting was not created: each learner once, but these are named twice: {learners}</source>
      <translation>场次未创建：每名考生只能出现一次，以下考生重复：{learners}</translation>
    </message>
    <message>
      <source>the sitting was not created: one learner a seat, but these seats are given twice: {learners}</source>
      <translation>场次未创建：一个座位只能安排一名考生，以下座位重复：{learners}</translation>
    </message>
    <message>
      <source>the sitting was not created: already seated in an open sitting of this exam that day: {learners} (see sittings list)</source>
      <translation>场次未创建：以下考生当天已编排在本考试另一个未结束的场次中：{learners}（见 sittings list）</translation>
    </message>
    <message>
      <source>the sitting was not created: not on this server's roster: {learners} (import the roster, or check the numbers)</source>
      <translation>场次未创建：以下考生不在本服务器的名单上：{learners}（请先导入名单，或核对编号）</translation>
    </message>
    <message>
      <source>the sitting was not created: no attempt left at this exam: {learners}</source>
      <translation>场次未创建：以下考生本考试已没有剩余的考试次数：{learners}</translation>
    </message>
    <message>
      <source>no sittings from {first} to {last} (--from and --to list other days)</source>
      <translation>{first} 至 {last} 没有场次（可用 --from 和 --to 列出其他日期）</translation>
    </message>
    <message>
      <source>the sitting has not started (it is due at {when}): the report is complete once it is closed</source>
      <translation>本场考试尚未开考（定于 {when}）：场次结束后报告才完整</translation>
    </message>
    <message>
      <source>{results_not_received} result(s) not yet received from the stations</source>
      <translation>尚有 {results_not_received} 份成绩未从考试机收到</translation>
    </message>
    <message>
      <source>{title} ({room}) is due at {starts_at}, {ahead} from now. Start it now? The room's stations then receive the exam's key.</source>
      <translation>{title}（{room}）定于 {starts_at} 开考，距现在还有 {ahead}。确定现在就开考吗？开考后该考场的考试机会收到试卷密钥。</translation>
    </message>
    <message>
      <source>not started</source>
      <translation>未开考</translation>
    </message>
    <message>
      <source>not moved</source>
      <translation>未换机</translation>
    </message>
    <message>
      <source>moved: the seat of {learner_no} is bound to {to}</source>
      <translation>已换机：{learner_no} 的座位已绑定到 {to}</translation>
    </message>
    <message>
      <source>moved: the seat of {learner_no} is free for the next PC of the room</source>
      <translation>已换机：{learner_no} 的座位已空出，可在本考场下一台考试机上继续</translation>
    </message>
    <message>
      <source>{starts!r} is not a time (e.g. 2026-11-23T09:00+08:00)</source>
      <translation>{starts!r} 不是时间（例如 2026-11-23T09:00+08:00）</translation>
    </message>
    <message>
      <source>{starts} has passed: a sitting is planned for a time to come (check the date)</source>
      <translation>{starts} 已经过去：场次应安排在将来的时间（请检查日期）</translation>
    </message>
    <message>
      <source>{sitting_id}  {starts_at}  {room}  {title}  {seats} seat(s)  {state}</source>
      <translation>{sitting_id}  {starts_at}  {room}  {title}  {seats} 个座位  {state}</translation>
    </message>
    <message>
      <source>written to {path}</source>
      <translation>已写入 {path}</translation>
    </message>
    <message>
      <source>Bind the seat of {name} ({learner_no}) in {title} ({room}) to the PC {to}? It is bound to {pc} now; an attempt begun there then uses no attempt.</source>
      <translation>把 {title}（{room}）中 {name}（{learner_no}）的座位绑定到考试机 {to}？现在绑定的是 {pc}；在那里开始的作答随后不占考试次数。</translation>
    </message>
    <message>
      <source>Free the seat of {name} ({learner_no}) in {title} ({room}) from the PC {pc}? The learner goes on at the first PC of the room they log in at; an attempt begun at {pc} then uses no attempt.</source>
      <translation>把 {title}（{room}）中 {name}（{learner_no}）的座位从考试机 {pc} 上空出？考生将在本考场先登录的那台考试机上继续；在 {pc} 上开始的作答随后不占考试次数。</translation>
    </message>
    <message>
      <source>the sitting was not created: {detail}</source>
      <translation>未创建场次：{detail}</translation>
    </message>
    <message>
      <source>--to ({last}) is before --from ({first})</source>
      <translation>--to（{last}）早于 --from（{first}）</translation>
    </message>
    <message>
      <source>--to ({last}) is before yesterday ({first}), where the list starts unless --from says otherwise</source>
      <translation>--to（{last}）早于默认的起始日期昨天（{first}）；要列出更早的日期请同时给出 --from</translation>
    </message>
    <message>
      <source>not started: {detail}</source>
      <translation>未开考：{detail}</translation>
    </message>
    <message>
      <source>Call off {title} ({room}, due at {starts_at}, {seated} seated)? It cannot be started afterwards.</source>
      <translation>取消 {title}（{room}，原定 {starts_at} 开始，已编排 {seated} 人）？取消后不能再开考。</translation>
    </message>
    <message>
      <source>not called off: {detail}</source>
      <translation>未取消：{detail}</translation>
    </message>
    <message>
      <source>not moved: {detail}</source>
      <translation>未换机：{detail}</translation>
    </message>
    <message>
      <source>the sitting was not created: not active on the roster: {learners}. Leave them out, or seat them anyway with --include-exempt</source>
      <translation>场次未创建：以下人员在名单上不是在职状态：{learners}。请去掉他们，或加 --include-exempt 仍为其安排座位</translation>
    </message>
    <message>
      <source>the sitting was not created: {starts} is outside the exam's window, {opens} to {closes} (this computer's time)</source>
      <translation>场次未建立：{starts} 不在考试的开放时段内（{opens} 至 {closes}，本机时间）</translation>
    </message>
    <message>
      <source>{title} ({room}) was already started at {when}: nothing changed</source>
      <translation>{title}（{room}）已于 {when} 开考：未作任何更改</translation>
    </message>
    <message>
      <source>there is no sitting {sitting_id}: `sittings list` shows the sittings and their ids</source>
      <translation>没有场次 {sitting_id}：`sittings list` 列出各场次及其编号</translation>
    </message>
    <message>
      <source>the proctor {actor} moved the seat from this station at {at}: {reason}</source>
      <translation>监考员 {actor} 于 {at} 将座位从本考试机移走：{reason}</translation>
    </message>
    <message>
      <source>no package {package_id} on this server (import-package first)</source>
      <translation>本服务器没有考试包 {package_id}（请先 import-package）</translation>
    </message>
    <message>
      <source>the start time needs a time zone, e.g. 2026-11-23T09:00+08:00</source>
      <translation>开考时间须带时区，例如 2026-11-23T09:00+08:00</translation>
    </message>
    <message>
      <source>the sitting needs its room's name (--room)</source>
      <translation>场次须写明考场名称（--room）</translation>
    </message>
    <message>
      <source>login closes 0 to 240 minutes after the start</source>
      <translation>停止登录的时间须在开考后 0 到 240 分钟之间</translation>
    </message>
    <message>
      <source>{title} ({room}) is closed</source>
      <translation>{title}（{room}）已结束</translation>
    </message>
    <message>
      <source>no start code was given for {title} ({room}); ask the exam office</source>
      <translation>{title}（{room}）没有给出开考码：请询问考务办公室</translation>
    </message>
    <message>
      <source>a sitting that never started is not closed; call it off instead (the proctor console's Call off, or xuefa-server sittings cancel)</source>
      <translation>尚未开始的场次不能结束；请改为取消（监考控制台的“取消本场考试…”，或 xuefa-server sittings cancel）</translation>
    </message>
    <message>
      <source>calling off a sitting needs a reason</source>
      <translation>取消场次须写明原因</translation>
    </message>
    <message>
      <source>{title} ({room}) has started: close it instead (every open attempt is handed in)</source>
      <translation>{title}（{room}）已开始：请改为结束该场次（所有未交卷的作答将被代为交卷）</translation>
    </message>
    <message>
      <source>{title} ({room}) has learners checked in, or its start code was read out: it may have been sat; close it instead</source>
      <translation>{title}（{room}）已有考生签到，或开考码已宣读：可能已有人作答；请改为结束该场次</translation>
    </message>
    <message>
      <source>not in unit {unit_id} or below it, whose room PCs the sitting uses: {learners}; seat them in a sitting of their own unit or of a unit above both</source>
      <translation>以下考生不属于单位 {unit_id} 及其下级单位，而本场考试使用该单位的考场电脑：{learners}；请把他们编排到本单位的场次，或由两个单位共同的上级单位编排场次</translation>
    </message>
    <message>
      <source>that is not the start code of {title}: check it with the exam office</source>
      <translation>这不是{title}的开考码：请与考务办公室核对</translation>
    </message>
    <message>
      <source>{learner_no} has not logged in, so there is nothing to hand in: record the learner as missing (缺考) instead</source>
      <translation>{learner_no} 尚未登录，没有可交的答卷：请改为记为缺考</translation>
    </message>
    <message>
      <source>{name} was not imported</source>
      <translation>{name} 未导入</translation>
    </message>
    <message>
      <source>imported: {kind} {title}</source>
      <translation>已导入：{kind} {title}</translation>
    </message>
    <message>
      <source>already present: {kind} {title}</source>
      <translation>已存在：{kind} {title}</translation>
    </message>
    <message>
      <source>no next certificate is staged: run `xuefa-server tls rotate` first</source>
      <translation>还没有准备好的下一张证书：请先运行 `xuefa-server tls rotate`</translation>
    </message>
    <message>
      <source>{folder} already has a TLS certificate; replace it with `xuefa-server tls rotate`</source>
      <translation>{folder} 已有 TLS 证书；如需更换请用 `xuefa-server tls rotate`</translation>
    </message>
    <message>
      <source>{folder} has no TLS certificate yet: `xuefa-server tls create`</source>
      <translation>{folder} 还没有 TLS 证书：请运行 `xuefa-server tls create`</translation>
    </message>
    <message>
      <source>{n} stored</source>
      <translation>{n} 份已存入</translation>
    </message>
    <message>
      <source>{n} already held</source>
      <translation>{n} 份此前已存入</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} 份被拒收</translation>
    </message>
    <message>
      <source>{n} in conflict</source>
      <translation>{n} 份有冲突</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>无</translation>
    </message>
    <message>
      <source>carry it to the upstream; bring back the receipt file it writes and run `xuefa-server import-receipts FILE`</source>
      <translation>请把它带到上级服务器；再带回上级写出的回执文件，运行 `xuefa-server import-receipts 文件`</translation>
    </message>
    <message>
      <source>{file} from {sender}: {counts}</source>
      <translation>{file}（来自 {sender}）：{counts}</translation>
    </message>
    <message>
      <source>no receipt file written: nothing in the file was stored here, so nothing may be cleared where it came from</source>
      <translation>未写回执文件：文件中的内容都没有保存在本服务器，因此来源处不能清除任何内容</translation>
    </message>
    <message>
      <source>review decisions of {sender}: {followed} followed here, {kept} not</source>
      <translation>{sender} 的审核决定：本服务器采纳 {followed} 项，未采纳 {kept} 项</translation>
    </message>
    <message>
      <source>this is the top server: it has no upstream, and results from the servers below stay here; there is nothing to export</source>
      <translation>本服务器是最上级服务器：没有上级，下级服务器的成绩保存在这里；无需导出</translation>
    </message>
    <message>
      <source>this server has no upstream: the server you carry it to must approve this one first (there: xuefa-server devices add-server with this server's server-signing.key.pub); then `xuefa-server trust-upstream` its key here, to read the receipt file it writes</source>
      <translation>本服务器没有上级：接收该文件的服务器须先批准本服务器（在那里执行 xuefa-server devices add-server，使用本服务器的 server-signing.key.pub）；然后在本机用 `xuefa-server trust-upstream` 信任其密钥，才能读取它写出的回执文件</translation>
    </message>
    <message>
      <source>no results</source>
      <translation>没有成绩</translation>
    </message>
    <message>
      <source>study records: {counts}</source>
      <translation>学习及账号记录：{counts}</translation>
    </message>
    <message>
      <source>  not followed {result_id}: {why}</source>
      <translation>  未采纳 {result_id}：{why}</translation>
    </message>
    <message>
      <source>an exam package not held here ({package})</source>
      <translation>本服务器没有的考试包（{package}）</translation>
    </message>
    <message>
      <source>the upstream's password of learner(s) {learners} taken from this file (it holds a later one); this server's stations get it with their next sync</source>
      <translation>已从该文件采用上级持有的考生 {learners} 的密码（上级有更晚的密码）；本服务器的考试机在下次同步时获得</translation>
    </message>
    <message>
      <source>nothing held here was confirmed by {file}: is it the receipt file of another server's bundle?</source>
      <translation>{file} 没有确认本服务器上的任何成绩：它是否是另一台服务器的成绩文件所对应的回执文件？</translation>
    </message>
    <message>
      <source>  result {result}: {why}</source>
      <translation>  成绩 {result}：{why}</translation>
    </message>
    <message>
      <source>receipt file for the sending server ({held} held here): {file} (there: xuefa-server import-receipts)</source>
      <translation>给发送方服务器的回执文件（本服务器已保存 {held} 项）：{file}（在对方运行：xuefa-server import-receipts）</translation>
    </message>
    <message>
      <source>receipt file for the station ({held} held here): {file} (there: xuefa import-receipts)</source>
      <translation>给考试机的回执文件（本服务器已保存 {held} 项）：{file}（在考试机上运行：xuefa import-receipts）</translation>
    </message>
    <message>
      <source>{count} result(s) written to {path} and verified</source>
      <translation>{count} 份成绩已写入 {path} 并校验</translation>
    </message>
    <message>
      <source>, with {reviews} review decision(s)</source>
      <translation>，含 {reviews} 项审核决定</translation>
    </message>
    <message>
      <source>; {count} study record(s) and password change(s) confirmed before</source>
      <translation>；另有 {count} 条学习记录和密码变更此前已确认</translation>
    </message>
    <message>
      <source>  result {result}: stored but held back, not counted until an administrator decides ({rules}); see xuefa-server flagged</source>
      <translation>  成绩 {result}：已保存但暂不计入，待管理员决定（{rules}）；请查看 xuefa-server flagged</translation>
    </message>
    <message>
      <source>  record {record}: {why}</source>
      <translation>  记录 {record}：{why}</translation>
    </message>
    <message>
      <source>, with {study} study record(s)</source>
      <translation>，另有学习及账号记录 {study} 条</translation>
    </message>
    <message>
      <source>; {study} study record(s) and password change(s) confirmed</source>
      <translation>；另确认学习记录和密码变更 {study} 条</translation>
    </message>
    <message>
      <source>{file} is a receipt file, not a bundle: import it with `xuefa-server import-receipts` (or, at a station, `xuefa import-receipts`); nothing was stored</source>
      <translation>{file} 是回执文件，不是成绩包：请用 `xuefa-server import-receipts` 导入（在考试机上用 `xuefa import-receipts`）；未保存任何内容</translation>
    </message>
    <message>
      <source>{file} was refused, nothing was stored</source>
      <translation>{file} 被拒收，未保存任何内容</translation>
    </message>
    <message>
      <source>the results were stored here, but the receipt file could not be written to {file}; import the same file again (nothing is stored twice) with --receipts on a drive that can be written</source>
      <translation>成绩已保存在本服务器，但回执文件未能写入 {file}；请再次导入同一文件（不会重复保存），并用 --receipts 指定一个可写的驱动器</translation>
    </message>
    <message>
      <source>the bundle could not be written to {path}</source>
      <translation>成绩文件未能写入 {path}</translation>
    </message>
    <message>
      <source>{file} was refused, nothing changed</source>
      <translation>{file} 被拒收，没有任何改动</translation>
    </message>
    <message>
      <source>{confirmed} result(s) confirmed by the upstream</source>
      <translation>上级已确认 {confirmed} 份成绩</translation>
    </message>
    <message>
      <source>; {unmatched} receipt(s) match no result held here</source>
      <translation>；{unmatched} 条回执与本服务器的成绩都不对应</translation>
    </message>
    <message>
      <source>  kept, not taken: {what}: {why}</source>
      <translation>  已保存，未采用：{what}：{why}</translation>
    </message>
    <message>
      <source>  account record {record} (a password change or reset): kept, not taken: {why}</source>
      <translation>  账号记录 {record}（密码修改或重置）：已保存，未采用：{why}</translation>
    </message>
    <message>
      <source>; {already} confirmed before (this file was read already)</source>
      <translation>；另有 {already} 份此前已确认（该文件已读取过）</translation>
    </message>
    <message>
      <source>no. {number} in the file</source>
      <translation>文件中第 {number} 份</translation>
    </message>
    <message>
      <source>the password reset of learner {learner}</source>
      <translation>考生 {learner} 的密码重置</translation>
    </message>
    <message>
      <source>starting</source>
      <translation>正在开始</translation>
    </message>
    <message>
      <source>its program was stopped</source>
      <translation>执行导入的程序已停止</translation>
    </message>
    <message>
      <source>the sync-upstream command</source>
      <translation>sync-upstream 命令</translation>
    </message>
    <message>
      <source>the upstream was not set</source>
      <translation>未设置上级</translation>
    </message>
    <message>
      <source>it stopped (the server's log says why)</source>
      <translation>同步中断（原因见服务器日志）</translation>
    </message>
    <message>
      <source>a sync with the upstream is already running (since {since}, {owner}: {stage}, {done} of {total} result(s) relayed); it was not started again: wait for it to end, or, if that program was stopped, run this again in two minutes</source>
      <translation>与上级的同步已在进行（自 {since} 起，{owner}：{stage}，已上送 {total} 份成绩中的 {done} 份）；未再次启动：请等它结束；如果那个程序已被关闭，请两分钟后再运行本命令</translation>
    </message>
    <message>
      <source>a bundle from {sender} is already being imported (since {since}, {owner}: {done} of {total} result(s) done); this one was not read: wait for that import to end and import the file again (what is already stored is recognised), or, if that program was stopped, in two minutes</source>
      <translation>来自 {sender} 的结果包正在导入（自 {since} 起，{owner}：{total} 份成绩已处理 {done} 份）；本次未读取该文件：请等那次导入结束后再导入此文件（已保存的成绩会被识别，不会重复），如果那个程序已被中止，请两分钟后再导入</translation>
    </message>
    <message>
      <source>it failed (the server's log says why)</source>
      <translation>导入出错（原因见服务器日志）</translation>
    </message>
    <message>
      <source>the last import of a bundle from {sender} stopped at {at} with {done} of {total} result(s) done: {how}. Import the same file again: what is stored stays, the rest goes in, nothing twice</source>
      <translation>来自 {sender} 的数据包最近一次导入于 {at} 中断，已完成 {done} / {total} 份成绩：{how}。请再次导入同一个文件：已保存的成绩保留，其余的补上，不会重复保存</translation>
    </message>
    <message>
      <source>  refused by the upstream: {what}: {why}</source>
      <translation>  被上级拒收：{what}：{why}</translation>
    </message>
    <message>
      <source>  kept but not taken by the upstream: {what}: {why}</source>
      <translation>  上级服务器已保存但未采用：{what}：{why}</translation>
    </message>
    <message>
      <source>the import-bundle command</source>
      <translation>import-bundle 命令</translation>
    </message>
    <message>
      <source>{how} on {host}, process {pid}</source>
      <translation>{host} 上的{how}（进程 {pid}）</translation>
    </message>
    <message>
      <source>  refused by the upstream: {what} ({record_id}): {why}</source>
      <translation>  被上级拒收：{what}（{record_id}）：{why}</translation>
    </message>
    <message>
      <source>upstream {name} ({fingerprint}) trusted: its receipt files are accepted here</source>
      <translation>已信任上级服务器 {name}（{fingerprint}）：本服务器接受它的回执文件</translation>
    </message>
    <message>
      <source> (ask its administrator to approve this server)</source>
      <translation>（请其管理员批准本服务器）</translation>
    </message>
    <message>
      <source>relaying results</source>
      <translation>正在上送成绩</translation>
    </message>
    <message>
      <source>relaying study records</source>
      <translation>正在上送学习记录</translation>
    </message>
    <message>
      <source>a sync with the upstream is running since {since} ({owner}: {stage}, {done} of {total} result(s) relayed)</source>
      <translation>与上级的同步正在进行，自 {since} 起（{owner}：{stage}，已上送 {total} 份成绩中的 {done} 份）</translation>
    </message>
    <message>
      <source>a bundle from {sender} is being imported since {since} ({owner}: {done} of {total} result(s) done)</source>
      <translation>来自 {sender} 的结果包正在导入，自 {since} 起（{owner}：{total} 份成绩已处理 {done} 份）</translation>
    </message>
    <message>
      <source>telling the upstream the review decisions stopped (they are told on the next run)</source>
      <translation>向上级报送审核决定中断（下次同步时再报送）</translation>
    </message>
    <message>
      <source>{sent} review decision(s) told to the upstream</source>
      <translation>已向上级报送 {sent} 项审核决定</translation>
    </message>
    <message>
      <source>no study records or password changes waiting to go up</source>
      <translation>没有待上报的学习记录或密码修改</translation>
    </message>
    <message>
      <source>the upstream was not changed (it stays {url})</source>
      <translation>上级未更改（仍为 {url}）</translation>
    </message>
    <message>
      <source>upstream {url}: {status}</source>
      <translation>上级 {url}：{status}</translation>
    </message>
    <message>
      <source>it failed ({reason})</source>
      <translation>导入出错（{reason}）</translation>
    </message>
    <message>
      <source>  not followed by the upstream {result_id}: {why}</source>
      <translation>  上级未采纳 {result_id}：{why}</translation>
    </message>
    <message>
      <source>results, study records and account records were not sent, as the upstream could not be used (said above); they stay here and go with the next sync-upstream</source>
      <translation>成绩、学习记录和账号记录均未发送，因为上级服务器无法使用（原因见上）；它们留在本服务器，下次 sync-upstream 时发送</translation>
    </message>
    <message>
      <source>{applied} change(s) taken from the upstream, {packages} new package(s)</source>
      <translation>已从上级获取 {applied} 项变更，新考试包 {packages} 个</translation>
    </message>
    <message>
      <source>{sent} result(s) sent, {already_there} already upstream</source>
      <translation>已发送成绩 {sent} 份，上级原已有 {already_there} 份</translation>
    </message>
    <message>
      <source>relaying study records stopped (run it again to resume)</source>
      <translation>转送学习及账号记录时中断（再次运行即可继续）</translation>
    </message>
    <message>
      <source>waiting for approval</source>
      <translation>等待批准</translation>
    </message>
    <message>
      <source>results refused by the upstream</source>
      <translation>有成绩被上级拒收</translation>
    </message>
    <message>
      <source>changes not taken</source>
      <translation>未取回上级的变更</translation>
    </message>
    <message>
      <source>the relay stopped</source>
      <translation>成绩转发中断</translation>
    </message>
    <message>
      <source>the admin window of {user}</source>
      <translation>{user} 的管理窗口</translation>
    </message>
    <message>
      <source>this is the top server: it has no upstream, and results from the servers below stay here; there is nothing to sync</source>
      <translation>本服务器是最上级服务器：没有上级，下级服务器的成绩保存在这里；无需同步</translation>
    </message>
    <message>
      <source>taking changes from the upstream stopped (run it again to resume)</source>
      <translation>从上级取回变更时中断（再次运行即可继续）</translation>
    </message>
    <message>
      <source>taking changes from the upstream stopped</source>
      <translation>从上级取回变更未能完成</translation>
    </message>
    <message>
      <source>the relay of results stopped (run it again to resume)</source>
      <translation>转送成绩时中断（再次运行即可继续）</translation>
    </message>
    <message>
      <source>both sides hold the same {count} result(s)</source>
      <translation>双方持有相同的 {count} 份成绩</translation>
    </message>
    <message>
      <source>this server holds {count} result(s), the upstream {upstream} from this server: not the same</source>
      <translation>本服务器持有 {count} 份成绩，上级持有来自本服务器的 {upstream} 份：不一致</translation>
    </message>
    <message>
      <source>{sent} study record(s) sent, {already_there} already upstream</source>
      <translation>已发送学习及账号记录 {sent} 条，上级原已有 {already_there} 条</translation>
    </message>
    <message>
      <source>the upstream confirmed {count} study record(s) of this server and holds {upstream} from it: not the same</source>
      <translation>上级已确认本服务器的学习记录 {count} 条，现持有来自本服务器的 {upstream} 条：不一致</translation>
    </message>
    <message>
      <source>taking the upstream's answer on the password resets stopped (it comes with the next run)</source>
      <translation>取回上级服务器对密码重置的处理结果时中断（下次运行时会再取回）</translation>
    </message>
    <message>
      <source>{resets} password reset(s) taken by the upstream; {applied} more change(s) taken from it, its answer on them</source>
      <translation>上级服务器采用了 {resets} 次密码重置；又从上级取回其答复的 {applied} 项变更</translation>
    </message>
    <message>
      <source>the upstream counts this result; here it is {review}</source>
      <translation>上级认定此成绩有效；本服务器为：{review}</translation>
    </message>
    <message>
      <source>the upstream does not count this result (held or rejected there); here it is {review}</source>
      <translation>上级未计入此成绩（暂不计入或不予认定）；本服务器为：{review}</translation>
    </message>
    <message>
      <source>package {title} was not taken: {reason}</source>
      <translation>考试包 {title} 未接收：{reason}</translation>
    </message>
    <message>
      <source>this server is not among its recipients, so it could never take its results: the issuer builds the exam again naming this server's results key (server-results.key.pub)</source>
      <translation>本服务器不在其接收方之中，永远无法接收其成绩：请出题单位重新生成考试包，并把本服务器的成绩密钥（server-results.key.pub）列为接收方</translation>
    </message>
    <message>
      <source>study file {title} was not taken: {reason}</source>
      <translation>学习文件 {title} 未接收：{reason}</translation>
    </message>
    <message>
      <source>{server}: {review} by {who} ({reason})</source>
      <translation>{server}：{who} {review}（{reason}）</translation>
    </message>
    <message>
      <source>this server does not hold the result yet: the decision is told again after it</source>
      <translation>本服务器尚无此成绩：成绩到达后会再次报送此决定</translation>
    </message>
    <message>
      <source>a later decision of that server was heard before; this older one changes nothing</source>
      <translation>此前已收到该服务器更晚的决定；这个较早的决定不作改变</translation>
    </message>
    <message>
      <source>{told}; decided otherwise here ({review} by {who}), which stands</source>
      <translation>{told}；本服务器的决定不同（{who} {review}），以本服务器为准</translation>
    </message>
    <message>
      <source>an administrator of the upper server decided it first: {review} by {who}</source>
      <translation>上级服务器的管理员已先作出决定：{who} {review}</translation>
    </message>
    <message>
      <source>{told}; still held here for {rules}</source>
      <translation>{told}；本服务器仍因 {rules} 暂不计入</translation>
    </message>
    <message>
      <source>the upper server holds it for {rules}, which the lower server did not check</source>
      <translation>上级服务器因 {rules} 暂不计入，下级服务器未审核此项</translation>
    </message>
    <message>
      <source>{told}; still held here: {why}</source>
      <translation>{told}；本服务器仍暂不计入：{why}</translation>
    </message>
    <message>
      <source>the upper server checks {rules} itself, and its administrator decides them (the lower server accepted it)</source>
      <translation>上级服务器自行核查{rules}，由其管理员认定（下级服务器已认定该成绩）</translation>
    </message>
    <message>
      <source>the upstream did not follow this decision: {why}</source>
      <translation>上级未采纳此决定：{why}</translation>
    </message>
    <message>
      <source>the importer failed on this file</source>
      <translation>读取此文件时导入程序出错</translation>
    </message>
    <message>
      <source>.json (Xuefa), .xlsx (template or common layouts), .gift (GIFT), .txt (GIFT or a numbered text bank), .docx (a Word bank), .xml (Moodle XML or a QTI item), .zip (QTI content package)</source>
      <translation>.json（学法）、.xlsx（模板或常见格式）、.gift（GIFT）、.txt（GIFT 或带题号的文本题库）、.docx（Word 题库）、.xml（Moodle XML 或 QTI 试题）、.zip（QTI 内容包）</translation>
    </message>
    <message>
      <source> (save it as .xlsx in Excel or WPS)</source>
      <translation>（请在 Excel 或 WPS 中另存为 .xlsx）</translation>
    </message>
    <message>
      <source>unknown bank file type {suffix!r}{hint}; expected {FORMATS}</source>
      <translation>未知的题库文件类型 {suffix!r}{hint}；可用的类型：{FORMATS}</translation>
    </message>
    <message>
      <source>no question of a kind Xuefa has (see skipped)</source>
      <translation>没有学法支持的题型（见“跳过”）</translation>
    </message>
    <message>
      <source>no questions</source>
      <translation>没有试题</translation>
    </message>
    <message>
      <source>the file holds {what}</source>
      <translation>文件中{what}</translation>
    </message>
    <message>
      <source> (save it as .docx in Word or WPS)</source>
      <translation>（请在 Word 或 WPS 中另存为 .docx）</translation>
    </message>
    <message>
      <source>the file mixes GIFT answer blocks ({{T}}, {{=…}}) with a numbered bank's headings and numbers (一、判断题, 1.): write it in one of the two (答案： lines for a numbered bank)</source>
      <translation>该文件把 GIFT 的答案块（{{T}}、{{=…}}）与带题号题库的大题标题和题号（一、判断题、1.）混在一起：请只用其中一种写法（带题号的题库用“答案：”行）</translation>
    </message>
    <message>
      <source>{size:,} bytes; a bank file may have at most {MAX_FILE_BYTES:,}</source>
      <translation>{size:,} 字节；题库文件最多 {MAX_FILE_BYTES:,} 字节</translation>
    </message>
    <message>
      <source>cannot be read: {exc}</source>
      <translation>无法读取：{exc}</translation>
    </message>
    <message>
      <source>its XML or HTML is nested thousands of levels deep, as no question's text is: export it again</source>
      <translation>其 XML 或 HTML 嵌套了成千上万层，试题文字不会如此：请重新导出</translation>
    </message>
    <message>
      <source>{READER_FAILED} ({value}); the server's log has the detail: save the file again, or report it</source>
      <translation>{READER_FAILED}（{value}）；详情见服务器日志：请重新保存文件，或报告此问题</translation>
    </message>
    <message>
      <source>read as a numbered text bank (答案 lines), not GIFT: that finds {count} question(s), GIFT {count2}</source>
      <translation>按带题号的文本题库（“答案”行）读取，而不是 GIFT：这样读出 {count} 道题，按 GIFT 读出 {count2} 道</translation>
    </message>
    <message>
      <source>read as GIFT (its {{…}} answer blocks), not as a numbered text bank: that finds {count} question(s), the numbered reading {count2}</source>
      <translation>按 GIFT（其 {{…}} 答案块）读取，而不是带题号的文本题库：这样读出 {count} 道题，按题号读出 {count2} 道</translation>
    </message>
    <message>
      <source>unknown bank file type {suffix!r}; expected .json or .xlsx</source>
      <translation>未知的题库文件类型 {suffix!r}；应为 .json 或 .xlsx</translation>
    </message>
    <message>
      <source>not UTF-8: read as {value}, which the whole file is valid in (a guess: check the text)</source>
      <translation>不是 UTF-8：已按 {value} 读取，整个文件在此编码下有效（这是推测：请核对文字）</translation>
    </message>
    <message>
      <source>the cell holds a duration</source>
      <translation>单元格中是一段时长</translation>
    </message>
    <message>
      <source>Excel shows #### for a negative date or time</source>
      <translation>负的日期或时间在 Excel 中显示为 ####</translation>
    </message>
    <message>
      <source>the cell uses Excel's built-in number format {number}</source>
      <translation>单元格使用 Excel 内置数字格式 {number}</translation>
    </message>
    <message>
      <source>the number format {code} shows numbers by condition</source>
      <translation>数字格式 {code} 按条件显示数字</translation>
    </message>
    <message>
      <source>the number has more than {MOST_DIGITS} digits, and Excel keeps only {MOST_DIGITS}: its last digits are already lost</source>
      <translation>数字超过 {MOST_DIGITS} 位，而 Excel 只保存 {MOST_DIGITS} 位：末尾几位已经丢失</translation>
    </message>
    <message>
      <source>Excel shows the number {text} in scientific notation</source>
      <translation>Excel 以科学记数法显示数字 {text}</translation>
    </message>
    <message>
      <source>the number format {code} puts text between digits</source>
      <translation>数字格式 {code} 在数字之间插入了文字</translation>
    </message>
    <message>
      <source>the number format {code} has two decimal points</source>
      <translation>数字格式 {code} 有两个小数点</translation>
    </message>
    <message>
      <source>the number format {code} scales the number by thousands</source>
      <translation>数字格式 {code} 以千为单位缩放数字</translation>
    </message>
    <message>
      <source>the number has more than {MOST_DIGITS} digits, and Excel keeps only {MOST_DIGITS}</source>
      <translation>数字超过 {MOST_DIGITS} 位，而 Excel 只保存 {MOST_DIGITS} 位</translation>
    </message>
    <message>
      <source>the date format {code} on the number {value}</source>
      <translation>日期格式 {code} 用在数字 {value} 上</translation>
    </message>
    <message>
      <source>the number format {code} mixes a date with a number</source>
      <translation>数字格式 {code} 混合了日期和数字</translation>
    </message>
    <message>
      <source>a date before 1 March 1900, which Excel counts with a 29 February 1900</source>
      <translation>1900 年 3 月 1 日之前的日期（Excel 在这段日期中多算了一个 1900 年 2 月 29 日）</translation>
    </message>
    <message>
      <source>the number format {code} is not closed</source>
      <translation>数字格式 {code} 的引号未闭合</translation>
    </message>
    <message>
      <source>the date format {code} on {value!r}</source>
      <translation>日期格式 {code} 用在 {value!r} 上</translation>
    </message>
    <message>
      <source>the date format {code} on a time of day alone</source>
      <translation>日期格式 {code} 用在只有时刻的值上</translation>
    </message>
    <message>
      <source>the number format {code} fills the cell's width</source>
      <translation>数字格式 {code} 用字符填满单元格宽度</translation>
    </message>
    <message>
      <source>the number format {code} uses [{inner}]</source>
      <translation>数字格式 {code} 使用了 [{inner}]</translation>
    </message>
    <message>
      <source>the number format {code} shows scientific notation</source>
      <translation>数字格式 {code} 以科学记数法显示</translation>
    </message>
    <message>
      <source>the number format {code} shows fractions</source>
      <translation>数字格式 {code} 以分数显示</translation>
    </message>
    <message>
      <source>the date format {code} writes {t}, which depends on Excel's language</source>
      <translation>日期格式 {code} 中的 {t} 随 Excel 的语言而变</translation>
    </message>
    <message>
      <source>the number format {code} uses {ch!r}</source>
      <translation>数字格式 {code} 使用了 {ch!r}</translation>
    </message>
    <message>
      <source>row {row}</source>
      <translation>第 {row} 行</translation>
    </message>
    <message>
      <source>the accepted answer {value!r} holds ; or |, which Xuefa uses between blanks and alternatives: it cannot be kept as written</source>
      <translation>可接受的答案 {value!r} 含有 ; 或 |，学法用它们分隔各空和不同答案：无法按原样保留</translation>
    </message>
    <message>
      <source>Moodle's marks per answer ({items}) are not kept: the exam's rule for multiple-answer questions applies (all right answers and no wrong one; part marks only where the exam allows them, never taken off)</source>
      <translation>未保留 Moodle 中各答案的分值（{items}）：多选题按考试的规则评分（须选全正确答案且不选错误答案；仅在考试允许时少选得部分分，选错不倒扣）</translation>
    </message>
    <message>
      <source>type</source>
      <translation>题型</translation>
    </message>
    <message>
      <source>stem</source>
      <translation>题干</translation>
    </message>
    <message>
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <source>answer</source>
      <translation>答案</translation>
    </message>
    <message>
      <source>category</source>
      <translation>分类</translation>
    </message>
    <message>
      <source>difficulty</source>
      <translation>难度</translation>
    </message>
    <message>
      <source>tags</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>explanation</source>
      <translation>解析</translation>
    </message>
    <message>
      <source>points</source>
      <translation>分值</translation>
    </message>
    <message>
      <source>line {line}</source>
      <translation>第 {line} 行</translation>
    </message>
    <message>
      <source>paragraph {line}</source>
      <translation>第 {line} 段</translation>
    </message>
    <message>
      <source>a true/false value</source>
      <translation>对错值</translation>
    </message>
    <message>
      <source>something else</source>
      <translation>其他内容</translation>
    </message>
    <message>
      <source>{qid} ({stem}, {where}): {fields}</source>
      <translation>{qid}（{stem}，{where}）：{fields}</translation>
    </message>
    <message>
      <source>{count} problem(s), nothing imported: {head}{more}</source>
      <translation>{count} 处问题，未导入任何内容：{head}{more}</translation>
    </message>
    <message>
      <source>the same question as {value}</source>
      <translation>与{value}是同一道题</translation>
    </message>
    <message>
      <source>the same question as {value} with another answer: keep the right one</source>
      <translation>与{value}是同一道题，但答案不同：请只保留正确的一份</translation>
    </message>
    <message>
      <source>picture {name} has more than {millions} million pixels (save it smaller)</source>
      <translation>图片 {name} 超过 {millions} 百万像素（请保存得小一些）</translation>
    </message>
    <message>
      <source>picture {name} cannot be read as a PNG, JPEG or GIF image: save it again as PNG</source>
      <translation>图片 {name} 无法作为 PNG、JPEG 或 GIF 图像读取：请重新另存为 PNG</translation>
    </message>
    <message>
      <source>{where} holds {label!r}: an answer or explanation written into it would be shown to the learner; give it in its own place (the 答案 or 解析 column, or line)</source>
      <translation>{where}中写有 {label!r}：写在这里的答案或解析会显示给考生；请写到它自己的位置（“答案”或“解析”列，或行）</translation>
    </message>
    <message>
      <source>option {key} ends with {mark}: a mark of the right option, or points? The learner would see it; delete it (the answer has its own place: the 答案 line or column; points go with the stem or in 分值)</source>
      <translation>选项 {key} 末尾有 {mark}：是正确选项的标记，还是分值？考生会看到它；请删除（答案有自己的位置：“答案”行或列；分值写在题干或“分值”列）</translation>
    </message>
    <message>
      <source>{where} holds a character that could not be read (�): type the character itself</source>
      <translation>{where}含有无法读取的字符（�）：请直接输入该字符</translation>
    </message>
    <message>
      <source>the stem holds its answer {said}: the learner would see it; write the blank as （ ） and give the answer in its own place (the 答案 column, or line)</source>
      <translation>题干中写有答案 {said}：考生会看到它；请把空写成（ ），答案写在它自己的位置（“答案”列或“答案：”行）</translation>
    </message>
    <message>
      <source>{where} ends with {tag}: a remark or a tag? The learner would see it; move it into the explanation (解析), or delete it</source>
      <translation>{where}以 {tag} 结尾：这是备注或标签吗？考生会看到它；请移入解析或删除</translation>
    </message>
    <message>
      <source>explanation says another answer than {answer} (or that answer wrong): correct the answer or the explanation</source>
      <translation>解析说的答案与 {answer} 不同（或说该答案有误）：请改正答案或解析</translation>
    </message>
    <message>
      <source>picture {items} is not in the file (a linked picture, one outside the package, or damaged): put the picture itself into the file</source>
      <translation>图片 {items} 不在文件中（链接的图片、包外的图片或已损坏）：请把图片本身放入文件</translation>
    </message>
    <message>
      <source>{items}: the station cannot show text crossed out, and whether it was meant to be deleted cannot be told; delete it, or remove the strike-through (开始 → 删除线)</source>
      <translation>{items}：考试机无法显示删除线，也无法判断这些文字是否本应删去；请删去这些文字，或去掉删除线（开始 → 删除线）</translation>
    </message>
    <message>
      <source>{items} cannot be kept: a question holds text, and PNG, JPEG or GIF pictures with its stem or on an option's own line (not in answers or explanations); no tables of several columns, formulas, charts, drawn shapes, audio or video. The question is refused rather than imported without it: write it as text, or save it as a picture and put that in</source>
      <translation>{items} 无法保留：试题可含文字，以及随题干或在选项本行显示的 PNG、JPEG 或 GIF 图片（答案或解析中不可）；不能含多列表格、公式、图表、绘制的形状、音频或视频。此题被拒收，而不是去掉这些内容后导入：请改写为文字，或另存为图片后放入</translation>
    </message>
    <message>
      <source>answer is empty: give the right answer in its own place (the 答案 column or line; an answer in the stem's brackets is read from text and Word banks only)</source>
      <translation>答案为空：请在答案自己的位置给出正确答案（“答案”列或行；写在题干括号中的答案只在文本和 Word 题库中读取）</translation>
    </message>
    <message>
      <source>empty stem</source>
      <translation>题干为空</translation>
    </message>
    <message>
      <source>{where}: {message}</source>
      <translation>{where}：{message}</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>数字</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>对象</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>文本</translation>
    </message>
    <message>
      <source>null</source>
      <translation>null（空）</translation>
    </message>
    <message>
      <source>more than {MAX_ITEMS:,} questions in one file; split it</source>
      <translation>一个文件中超过 {MAX_ITEMS:,} 道题；请拆分文件</translation>
    </message>
    <message>
      <source>the pictures of this file's questions come to more than {most} MB (each question keeps its own copy): split the file, or use smaller pictures</source>
      <translation>本文件各题的图片合计超过 {most} MB（每道题各存一份）：请拆分文件，或使用更小的图片</translation>
    </message>
    <message>
      <source>id {declared!r} is also used by {value}</source>
      <translation>编号 {declared!r} 也被{value}使用</translation>
    </message>
    <message>
      <source>picture {name} is not a PNG, JPEG or GIF image (save it as PNG)</source>
      <translation>图片 {name} 不是 PNG、JPEG 或 GIF 图像（请另存为 PNG）</translation>
    </message>
    <message>
      <source>picture {name} is {width}×{height} pixels: too small to show anything (remove it, or put in the figure meant)</source>
      <translation>图片 {name} 只有 {width}×{height} 像素，小得什么也显示不出来（请删除它，或换成应有的图）</translation>
    </message>
    <message>
      <source>picture {name} is {width}×{height} pixels; at most {side} on a side and {millions} million in all (save it smaller)</source>
      <translation>图片 {name} 为 {width}×{height} 像素；每边最多 {side} 像素，总数最多 {millions} 百万像素（请保存得小一些）</translation>
    </message>
    <message>
      <source>option {key} begins with another option's letter: the options are in the wrong columns, or their letters do not match</source>
      <translation>选项 {key} 开头是另一个选项的字母：选项放错了列，或字母与选项对不上</translation>
    </message>
    <message>
      <source>option {key} begins with its own letter ({key}.) and the others do not: the learner would see it after the letter the station gives it; delete it from the option's text</source>
      <translation>选项 {key} 的文字以它自己的字母（{key}.）开头，而其他选项没有：考生会在考试机给它的字母后面再看到它；请从选项文字中删去它</translation>
    </message>
    <message>
      <source>stem of {count:,} characters; at most {MAX_STEM_CHARS:,}</source>
      <translation>题干有 {count:,} 个字符；最多 {MAX_STEM_CHARS:,} 个</translation>
    </message>
    <message>
      <source>options {items} longer than {MAX_OPTION_CHARS:,} characters</source>
      <translation>选项 {items} 超过 {MAX_OPTION_CHARS:,} 个字符</translation>
    </message>
    <message>
      <source>explanation or answer longer than {MAX_TEXT_CHARS:,} characters</source>
      <translation>解析或答案超过 {MAX_TEXT_CHARS:,} 个字符</translation>
    </message>
    <message>
      <source>the options to keep in place name {keys}, which this question has no option of (its options: {options})</source>
      <translation>固定选项中写了 {keys}，但此题没有这个选项（其选项为：{options}）</translation>
    </message>
    <message>
      <source>options of a true/false question can only be 正确/错误 (对/错), found {items}</source>
      <translation>判断题的选项只能是 正确/错误（对/错），发现 {items}</translation>
    </message>
    <message>
      <source>answer {answer_text!r} names option {key} twice: which was meant? Give each letter once</source>
      <translation>答案 {answer_text!r} 把选项 {key} 写了两次：本意是哪个？每个字母只写一次</translation>
    </message>
    <message>
      <source>option {items} is empty</source>
      <translation>选项 {items} 为空</translation>
    </message>
    <message>
      <source>{file}, row/line {row}</source>
      <translation>{file}，第 {row} 行</translation>
    </message>
    <message>
      <source>{field} {before} → {after}</source>
      <translation>{field} {before} → {after}</translation>
    </message>
    <message>
      <source>the fill-in answer {answer!r} may hold alternatives written as one (60/六十, 18或十八, 全称（简称）); it is taken whole, as written, so only that whole text is marked right: write alternatives as 60|六十</source>
      <translation>填空题答案 {answer!r} 可能把几个可接受的答案写成了一个（60/六十、18或十八、全称（简称））；现按原样整体作为一个答案，只有填写完全相同的文字才判为正确：可接受的多个答案请写成 60|六十</translation>
    </message>
    <message>
      <source>{where} holds invisible character(s) {hidden}: delete them (retype the text)</source>
      <translation>{where}中有不可见字符 {hidden}：请删除（重新输入这段文字）</translation>
    </message>
    <message>
      <source>answer {answer_text!r} is not option letters (A–H: A, AC or A,C)</source>
      <translation>答案 {answer_text!r} 不是选项字母（A–H：A、AC 或 A,C）</translation>
    </message>
    <message>
      <source>options {texts} and {k} show the same picture</source>
      <translation>选项 {texts} 和 {k} 的图片相同</translation>
    </message>
    <message>
      <source>answer {answer_text!r} is not true/false (对/错, √/×, T/F …)</source>
      <translation>答案 {answer_text!r} 不是对错（对/错、√/×、T/F …）</translation>
    </message>
    <message>
      <source>column {column}</source>
      <translation>列 {column}</translation>
    </message>
    <message>
      <source>the same question as {value} with another answer: neither is kept; keep the right one</source>
      <translation>与{value}是同一道题但答案不同：两道都不保留；请只保留正确的那道</translation>
    </message>
    <message>
      <source>shown as {items}: raised or lowered text that has no character of its own (^(…) raised, _(…) lowered); type it so if it is meant, or write it out in words</source>
      <translation>显示为 {items}：没有对应字符的上标或下标文字（^(…) 表示上标，_(…) 表示下标）；若本意如此请照此书写，否则请改用文字表述</translation>
    </message>
    <message>
      <source>option {key}</source>
      <translation>选项 {key}</translation>
    </message>
    <message>
      <source>the stem or explanation</source>
      <translation>题干或解析</translation>
    </message>
    <message>
      <source>the stem</source>
      <translation>题干</translation>
    </message>
    <message>
      <source>tag</source>
      <translation>标签</translation>
    </message>
    <message>
      <source>answer {answer_text!r}: a true/false question needs one of the options {items}</source>
      <translation>答案 {answer_text!r}：判断题的答案须是选项 {items} 之一</translation>
    </message>
    <message>
      <source>options {texts} and {k} are the same ({same!r})</source>
      <translation>选项 {texts} 和 {k} 相同（{same!r}）</translation>
    </message>
    <message>
      <source>answer {text!r} runs over several lines for one blank: write each blank's answer on one line (blanks apart with ；, alternatives for one blank with |), and a remark in 解析</source>
      <translation>答案 {text!r} 中一个空的答案占了多行：请把每个空的答案写在一行内（各空之间用“；”隔开，同一空的可选答案用“|”隔开），备注写进解析</translation>
    </message>
    <message>
      <source>sheet {sheet}</source>
      <translation>工作表 {sheet}</translation>
    </message>
    <message>
      <source>{place} “{name}”</source>
      <translation>{place}“{name}”</translation>
    </message>
    <message>
      <source>“{name}”</source>
      <translation>“{name}”</translation>
    </message>
    <message>
      <source>stem has no blank (____ or （ ）) for the fill-in answer to go in</source>
      <translation>题干中没有填空处（____ 或 （ ）），填空题的答案无处可填</translation>
    </message>
    <message>
      <source>answer gives {count} blank(s) but the stem has {blanks} (separate the blanks' answers with ；, alternatives for one blank with |)</source>
      <translation>答案给了 {count} 个空，而题干有 {blanks} 个空（各空答案用 ； 分隔，同一空的不同答案用 | 分隔）</translation>
    </message>
    <message>
      <source>not an Excel workbook: open it in Excel or WPS and save it as an Excel workbook (.xlsx); a file exported as .csv or as a web page (.html) and named .xls is not one</source>
      <translation>不是 Excel 工作簿：请在 Excel 或 WPS 中打开并另存为 Excel 工作簿（.xlsx）；导出为 .csv 或网页（.html）再改名为 .xls 的文件不是工作簿</translation>
    </message>
    <message>
      <source>part {filename} unpacks to {file_size:,} bytes; at most {MAX_PART_BYTES:,}</source>
      <translation>部件 {filename} 解压后有 {file_size:,} 字节；最多 {MAX_PART_BYTES:,} 字节</translation>
    </message>
    <message>
      <source>the workbook unpacks to {total:,} bytes; at most {MAX_UNPACKED_BYTES:,}</source>
      <translation>工作簿解压后有 {total:,} 字节；最多 {MAX_UNPACKED_BYTES:,} 字节</translation>
    </message>
    <message>
      <source>the first sheet spans {total_height:,} rows x {total_width:,} columns; at most {MAX_SHEET_CELLS:,} cells</source>
      <translation>第一个工作表有 {total_height:,} 行 × {total_width:,} 列；最多 {MAX_SHEET_CELLS:,} 个单元格</translation>
    </message>
    <message>
      <source>row {row} of sheet {sheet}</source>
      <translation>工作表 {sheet} 第 {row} 行</translation>
    </message>
    <message>
      <source>two columns for one field: {seen} and {text}; keep one (delete or rename the other)</source>
      <translation>同一内容有两列：{seen} 和 {text}；请只保留一列（删除或改名另一列）</translation>
    </message>
    <message>
      <source>sheet {number} spans {rows:,} rows x {columns:,} columns; at most {MAX_SHEET_CELLS:,} cells (delete the stray cells far below or to the right)</source>
      <translation>第 {number} 个工作表达 {rows:,} 行 × {columns:,} 列；最多 {MAX_SHEET_CELLS:,} 个单元格（请删除远在下方或右侧的零散单元格）</translation>
    </message>
    <message>
      <source>missing column(s) 题型, 题干, 答案; found: {value}</source>
      <translation>缺少列 题型、题干、答案；找到的列：{value}</translation>
    </message>
    <message>
      <source>a picture is placed on the sheet at a fixed position, on no row: which question it belongs to cannot be told; put the questions with pictures into a Word bank, or delete the picture</source>
      <translation>工作表上有一张固定位置、不属于任何行的图片：无法判断它属于哪道题；请把带图片的试题放入 Word 题库，或删除该图片</translation>
    </message>
    <message>
      <source>the cell is merged over rows {first}-{last}: which question its text belongs to cannot be told (only 题型 and 分类 may be shared); unmerge it and fill each row</source>
      <translation>该单元格合并了第 {first}-{last} 行：无法判断其内容属于哪道题（只有“题型”和“分类”可以共用）；请取消合并并逐行填写</translation>
    </message>
    <message>
      <source>a picture on this row cannot be kept from an Excel bank: put the question with its picture into a Word bank (below its stem), or delete the picture</source>
      <translation>本行的图片无法从 Excel 题库中保留：请把此题连同图片放入 Word 题库（图片放在题干下方），或删除图片</translation>
    </message>
    <message>
      <source>the stem begins with {tag} while its 题型 says {type}: which is it? Correct the 题型, or the tag</source>
      <translation>题干以 {tag} 开头，而“题型”列为 {type}：以哪个为准？请更正“题型”列或该标签</translation>
    </message>
    <message>
      <source>{said} ending the statement without a full stop before it: its points, or its own words (一次记12分)? Write points after the full stop (…。（2分）), or the words without brackets</source>
      <translation>{said} 结束了这句陈述，前面没有句号：是分值，还是陈述本身的文字（一次记12分）？分值请写在句号之后（…。（2分）），或去掉文字的括号</translation>
    </message>
    <message>
      <source>the stem gives its points twice ({points}): which is it? Keep one, or write them in 分值</source>
      <translation>题干中两次写了分值（{points}）：以哪个为准？请只保留一个，或写在“分值”列中</translation>
    </message>
    <message>
      <source>{said}: points are whole numbers here; give the question whole points (or set them when the exam is put together)</source>
      <translation>{said}：这里的分值须为整数；请给这道题整数分值（或在组卷时设定分值）</translation>
    </message>
    <message>
      <source>{difficulty!r} is not a whole number from 1 to 5 (or 低/中/高, 易/中/难, 低难度/中难度/高难度)</source>
      <translation>{difficulty!r} 不是 1 到 5 的整数（或 低/中/高、易/中/难、低难度/中难度/高难度）</translation>
    </message>
    <message>
      <source>option {items} is empty while a later option is filled</source>
      <translation>选项 {items} 为空，而后面的选项有内容</translation>
    </message>
    <message>
      <source>the stem lists options (A. … B. …) and the option columns hold options too: which are the question's? Keep them in one place</source>
      <translation>题干中列有选项（A. … B. …），选项列中也有选项：哪一组才是本题的？请只保留在一处</translation>
    </message>
    <message>
      <source>the section's heading says each question has two or more right answers; this one gives only {answer}: give all its right answers</source>
      <translation>本部分标题说明每题有两个或两个以上正确答案，本题只给了 {answer}：请给出全部正确答案</translation>
    </message>
    <message>
      <source>under 名词解释 the stem reads as a term and its definition ({term}：…) and the question has an answer too: the learner would see the definition; keep only the term in the stem</source>
      <translation>名词解释中本题题干读作名词及其解释（{term}：……），而本题另有答案：考生会看到解释；题干中只保留名词</translation>
    </message>
    <message>
      <source>the number typed before the stem (1. 2、) left out at row(s) {shown}: a paper shuffles the questions, and each is numbered where it stands</source>
      <translation>第 {shown} 行题干前输入的题号（1. 2、）已去掉：试卷会打乱题目顺序，每道题按其所在位置编号</translation>
    </message>
    <message>
      <source>题型 empty at row(s) {shown}: the type read from the tag before the stem (【单选题】 …)</source>
      <translation>第 {shown} 行“题型”为空：题型按题干前的标签（【单选题】……）读取</translation>
    </message>
    <message>
      <source>the type tag or points written into the stem (【单选题】, （2分）, （本题3分）) taken out of it at row(s) {shown}: the type is the 题型's, the points the question's</source>
      <translation>第 {shown} 行题干中写的题型标签或分值（【单选题】、（2分）、（本题3分））已从题干中去掉：题型以“题型”列为准，分值作为该题的分值</translation>
    </message>
    <message>
      <source>row(s) {shown} read as section headings: each gives its type to the rows below it whose 题型 is empty</source>
      <translation>第 {shown} 行读作大题标题：其下“题型”为空的各行按它的题型读取</translation>
    </message>
    <message>
      <source>{count} question(s) under 名词解释 written as term：definition, at {shown}: the term read as the question and its definition as the reference answer; check them in the preview</source>
      <translation>名词解释中有 {count} 道题写成“名词：解释”（位于 {shown}）：名词作为题目，解释作为参考答案；请在预览中核对</translation>
    </message>
    <message>
      <source>题型 选择题 at row(s) {shown}: read as 单选 where the answer is one letter, 多选 where it is several; check them in the preview</source>
      <translation>第 {shown} 行的题型为“选择题”：答案为一个字母的读作单选，多个字母的读作多选；请在预览中核对</translation>
    </message>
    <message>
      <source>the header row stands again at row(s) {shown} (blocks pasted together?): read as a header, not a question</source>
      <translation>表头行在第 {shown} 行再次出现（几块内容粘贴在了一起？）：已作为表头读取，不当作试题</translation>
    </message>
    <message>
      <source>left out: row(s) {shown} are hidden in Excel (unhide them to import them)</source>
      <translation>未读取：第 {shown} 行在 Excel 中被隐藏（取消隐藏后才会导入）</translation>
    </message>
    <message>
      <source>hidden in Excel (hidden rows, or a filter left on): unhide it to import it</source>
      <translation>在 Excel 中被隐藏（隐藏的行，或未取消的筛选）：取消隐藏后才能导入</translation>
    </message>
    <message>
      <source>sheet {sheet_name}: its cells span {last_row:,} rows by {last_col:,} columns; at most {MAX_SHEET_CELLS:,} cells (delete the stray cells far below or to the right)</source>
      <translation>工作表 {sheet_name}：单元格范围达 {last_row:,} 行 × {last_col:,} 列；最多 {MAX_SHEET_CELLS:,} 个单元格（请删除远在下方或右侧的零散单元格）</translation>
    </message>
    <message>
      <source>column(s) {items} are hidden in Excel: unhide them to import them as they are, or delete them</source>
      <translation>列 {items} 在 Excel 中被隐藏：请取消隐藏后按原样导入，或删除这些列</translation>
    </message>
    <message>
      <source>read: {count} question(s)</source>
      <translation>已读取：{count} 道题</translation>
    </message>
    <message>
      <source>the row below the header says what goes in each column ({text}): left out, not a question</source>
      <translation>表头下的这一行是各列的填写说明（{text}）：已略去，不是试题</translation>
    </message>
    <message>
      <source>the row is struck through (删除线), as a withdrawn question is marked: it is not imported; delete the row, or remove the strike-through if it belongs in the bank</source>
      <translation>该行设置了删除线（通常表示试题已作废）：不导入；请删除该行，如该题仍属题库，请去掉删除线</translation>
    </message>
    <message>
      <source>unknown question type {type!r} (单选, 多选, 判断, 填空 or 简答; single, multiple, true_false, fill_in or short_answer)</source>
      <translation>未知题型 {type!r}（应为 单选、多选、判断、填空 或 简答；英文 single、multiple、true_false、fill_in 或 short_answer）</translation>
    </message>
    <message>
      <source>the question type is empty (单选, 多选, 判断, 填空 or 简答; single, multiple, true_false, fill_in or short_answer)</source>
      <translation>题型为空（应为 单选、多选、判断、填空 或 简答；英文 single、multiple、true_false、fill_in 或 short_answer）</translation>
    </message>
    <message>
      <source>the stem gives {said} while 分值 says {points_text}: which is it?</source>
      <translation>题干中写了 {said}，而“分值”列为 {points_text}：以哪个为准？</translation>
    </message>
    <message>
      <source>{value!r} does not list options as A. … B. …</source>
      <translation>{value!r} 没有按 A. … B. … 列出选项</translation>
    </message>
    <message>
      <source>the ✓ marking option(s) {items} read as the answer, and left out of the option's text</source>
      <translation>选项 {items} 上的 ✓ 读作答案，并已从选项文字中去掉</translation>
    </message>
    <message>
      <source>the answer {typed} is shown as {shown} by the cell's number format {code}: stored as shown, so a learner who types {typed} is marked wrong; if both are right, write {shown}|{typed}</source>
      <translation>答案 {typed} 因单元格的数字格式 {code} 显示为 {shown}：按显示的内容保存，考生填 {typed} 会判为错误；若两者都算对，请写成 {shown}|{typed}</translation>
    </message>
    <message>
      <source>a comment (批注) on this cell is not read: “{words}”; if it corrects the question, correct the cell itself</source>
      <translation>此单元格的批注不会读入：“{words}”；若它是对试题的更正，请直接改正单元格</translation>
    </message>
    <message>
      <source>column {text}: Xuefa has at most {count} options (A–H)</source>
      <translation>列 {text}：学法最多支持 {count} 个选项（A–H）</translation>
    </message>
    <message>
      <source>the workbook's styles (xl/styles.xml) hold more than {most:,} tags: no bank needs so many; copy its sheets into a new workbook</source>
      <translation>工作簿的样式（xl/styles.xml）含有超过 {most:,} 个标签：题库不需要这么多；请把工作表复制到一个新工作簿中</translation>
    </message>
    <message>
      <source>left out: the sheet is hidden in Excel (unhide it to import it)</source>
      <translation>未读取：此工作表在 Excel 中被隐藏（取消隐藏后才会导入）</translation>
    </message>
    <message>
      <source>left out: the sheet is the template's instructions or example ({why}), not questions; rename it to import it</source>
      <translation>未导入：该工作表是模板的填写说明或示例（{why}），不是试题；如需导入，请给它改名</translation>
    </message>
    <message>
      <source>missing column 答案; found: {headers}</source>
      <translation>缺少列 答案；找到的列：{headers}</translation>
    </message>
    <message>
      <source>column(s) not read: {items} (Xuefa reads 题型, 题干, 选项A–H, 答案, 解析, 分类, 难度, 分值, 标签, 编号)</source>
      <translation>未读取的列：{items}（学法读取 题型、题干、选项A–H、答案、解析、分类、难度、分值、标签、编号）</translation>
    </message>
    <message>
      <source>the cell holds the error {value} (a formula that failed); put the value itself</source>
      <translation>单元格中是错误值 {value}（公式出错）；请填入值本身</translation>
    </message>
    <message>
      <source>the cell holds a formula whose value was never calculated (the file was written by a program, not saved by Excel or WPS): open it in Excel or WPS and save it, or put the value itself</source>
      <translation>该单元格是一个从未计算过结果的公式（文件由程序生成，未经 Excel 或 WPS 保存）：请用 Excel 或 WPS 打开后保存，或直接填入内容</translation>
    </message>
    <message>
      <source>“{text}” is in a symbol font (Wingdings, Symbol …): Excel shows another character (√, ≥ …) than the text holds; type that character itself in a normal font</source>
      <translation>“{text}”使用了符号字体（Wingdings、Symbol 等）：Excel 显示的字符（√、≥ 等）与文字本身不同；请改用普通字体，直接输入该字符</translation>
    </message>
    <message>
      <source>text “{text}” in its cell's own colour (white on white, or as the fill): Excel shows nothing there, the station would show it; delete it, or set its font colour to 自动 (automatic) if it belongs in the question</source>
      <translation>“{text}”的字体颜色与单元格底色相同（白底白字或与填充色同色）：Excel 中看不到，考试机却会显示；请删除这些字，若它们属于题目，请把字体颜色设为“自动”</translation>
    </message>
    <message>
      <source>struck-through text “{text}”: the station cannot show it crossed out; delete the struck words (or the row, if the question is withdrawn), or remove the strike-through (删除线)</source>
      <translation>带删除线的文字“{text}”：考试机无法显示删除线；请删去这些文字（如该题已作废，删除整行），或去掉删除线</translation>
    </message>
    <message>
      <source>Excel shows {shown!r} here, not what the cell holds (“{text}”): its number format {code} writes that instead. Set the cell's format to 常规 (General), and type what the question should say</source>
      <translation>Excel 在这里显示的是 {shown!r}，而不是单元格里的内容（“{text}”）：它的数字格式 {code} 用前者代替了后者。请把单元格格式设为“常规”，再写上试题应有的内容</translation>
    </message>
    <message>
      <source>Excel shows nothing here: the cell's number format {code} hides “{text}” (a way to hide a cell, 隐藏); the station would show it. Set the cell's format to 常规 (General) if it belongs to the question, or delete it</source>
      <translation>Excel 在这里什么也不显示：单元格的数字格式 {code} 把“{text}”隐藏了（隐藏单元格内容的一种做法），考试机却会显示出来。如果它属于试题，请把单元格格式设为“常规”；否则请删除</translation>
    </message>
    <message>
      <source>{points_text!r} is not a whole number of points: Xuefa counts whole points (a paper's too); give whole ones (1.5 and 0.5 doubled: 3 and 1, with a pass mark to match), or leave 分值 empty and set the points when the exam is put together</source>
      <translation>{points_text!r} 不是整数分值：学法只计整数分（试卷也是）；请改为整数（1.5 和 0.5 都翻倍为 3 和 1，及格线相应调整），或让“分值”留空，组卷时再设分值</translation>
    </message>
    <message>
      <source>the options, one a line without letters, read as A–{last} in their order</source>
      <translation>选项每行一个、没有字母，按顺序读作 A–{last}</translation>
    </message>
    <message>
      <source>more than {count} options: Xuefa has at most {count} (A–H)</source>
      <translation>选项超过 {count} 个：学法最多支持 {count} 个（A–H）</translation>
    </message>
    <message>
      <source>the sheet cannot be read: a cell holds a value Excel itself would not write (a number that is no number, a damaged date); open the file in Excel or WPS and save it again</source>
      <translation>无法读取该工作表：有单元格中的值是 Excel 自己不会写出的（不是数的数、损坏的日期）；请用 Excel 或 WPS 打开后重新保存</translation>
    </message>
    <message>
      <source>the sheet has questions (题干 and 答案) but no 题型 column: add one (单选, 多选, 判断, 填空, 简答), or name the sheet by its type (单选题)</source>
      <translation>该工作表有试题（题干和答案），但没有“题型”列：请加上这一列（单选、多选、判断、填空、简答），或把工作表按题型命名（如“单选题”）</translation>
    </message>
    <message>
      <source>a conditional format (条件格式) crosses out the cells {cells} where its rule holds: Xuefa cannot tell which; clear the rule (开始 → 条件格式 → 清除规则), and delete withdrawn questions instead</source>
      <translation>条件格式会在规则成立时给单元格 {cells} 加删除线，无法判断是哪些单元格：请清除该规则（开始 → 条件格式 → 清除规则），作废的题目请直接删除</translation>
    </message>
    <message>
      <source>a conditional format (条件格式) writes the cells {cells} white where its rule holds, hiding them in Excel: Xuefa cannot tell which; clear the rule (开始 → 条件格式 → 清除规则)</source>
      <translation>条件格式会在规则成立时把单元格 {cells} 的字设为白色，在 Excel 中看不到，无法判断是哪些单元格：请清除该规则（开始 → 条件格式 → 清除规则）</translation>
    </message>
    <message>
      <source>the answer {answer!r} read as option {key}, whose text it is</source>
      <translation>答案 {answer!r} 读作选项 {key}（即该选项的内容）</translation>
    </message>
    <message>
      <source>left out: no header row naming 题型 and 题干 in its first {rows} rows</source>
      <translation>未导入：前 {rows} 行中没有写明“题型”和“题干”的表头行</translation>
    </message>
    <message>
      <source>a date Excel cannot show</source>
      <translation>Excel 无法显示的日期</translation>
    </message>
    <message>
      <source>no answers in the answer block</source>
      <translation>答案块中没有答案</translation>
    </message>
    <message>
      <source>{count} answers; at most {count2} (A–H) are supported</source>
      <translation>有 {count} 个答案；最多支持 {count2} 个（A–H）</translation>
    </message>
    <message>
      <source>a choice question with no right answer (no = and no positive weight)</source>
      <translation>选择题没有正确答案（没有 =，也没有正的权重）</translation>
    </message>
    <message>
      <source>a single-choice question needs exactly one right answer (=), has {count}</source>
      <translation>单选题须恰有一个正确答案（=），现有 {count} 个</translation>
    </message>
    <message>
      <source>partial credit on a single-choice answer ({shares}) is not supported: remove the weight, or give every right answer a share (multiple answers)</source>
      <translation>不支持单选题答案的部分得分（{shares}）：请去掉权重，或给每个正确答案一份权重（多选题）</translation>
    </message>
    <message>
      <source>numerical question (not a kind this product has)</source>
      <translation>数值题（本产品没有此题型）</translation>
    </message>
    <message>
      <source>matching question (not a kind this product has)</source>
      <translation>匹配题（本产品没有此题型）</translation>
    </message>
    <message>
      <source>a short answer needs an answer at 100 % (=answer)</source>
      <translation>简答题须有一个 100 % 的答案（=答案）</translation>
    </message>
    <message>
      <source>the accepted answer {wild!r} uses Moodle's wildcard *, which a Xuefa blank does not have: list each accepted answer instead</source>
      <translation>可接受的答案 {wild!r} 使用了 Moodle 的通配符 *，学法的填空没有通配符：请逐一列出每个可接受的答案</translation>
    </message>
    <message>
      <source>left out: the feedback on each answer (#…); Xuefa shows one explanation, from the general feedback (####…)</source>
      <translation>未读取：各答案的反馈（#…）；学法只显示一条解析，取自总体反馈（####…）</translation>
    </message>
    <message>
      <source>partial-credit answer(s) {items} not accepted: a fill-in blank is right or wrong</source>
      <translation>不接受部分得分的答案 {items}：填空只有对错之分</translation>
    </message>
    <message>
      <source>description item {value!r}: not a question</source>
      <translation>说明项 {value!r}：不是试题</translation>
    </message>
    <message>
      <source>two answer blocks {{ … }} on lines that follow each other: two questions without a blank line between them? Put an empty line between questions</source>
      <translation>相邻两行各有一个答案块 {{ … }}：是两道题之间没有空行吗？请在题与题之间空一行</translation>
    </message>
    <message>
      <source>the answer block {{ … }} is missing or unbalanced (escape a literal brace as \{{)</source>
      <translation>答案块 {{ … }} 缺失或括号不配对（字面的括号请写成 \{{）</translation>
    </message>
    <message>
      <source>options must be a list of texts (or an object {{"A": "…"}}), not {value}</source>
      <translation>options 须是文本列表（或对象 {{"A": "…"}}），而不是{value}</translation>
    </message>
    <message>
      <source>answer must be text or a list of texts, not {value}</source>
      <translation>answer 须是文本或文本列表，而不是{value}</translation>
    </message>
    <message>
      <source>{field} must be text, not {value}</source>
      <translation>{field} 须是文本，而不是{value}</translation>
    </message>
    <message>
      <source>has no {field} (empty)</source>
      <translation>没有 {field}（为空）</translation>
    </message>
    <message>
      <source>pictures must be a list of {{"name": …, "data": base64}}, not {value}</source>
      <translation>pictures 须是 {{"name": …, "data": base64}} 的列表，而不是{value}</translation>
    </message>
    <message>
      <source>{field} must be a list of texts, not {value}</source>
      <translation>{field} 须是文本列表，而不是{value}</translation>
    </message>
    <message>
      <source>not a question-bank JSON file: expected {{"bank": "…", "questions": [ … ]}}</source>
      <translation>不是题库 JSON 文件：应为 {{"bank": "…", "questions": [ … ]}}</translation>
    </message>
    <message>
      <source>"bank" must be text</source>
      <translation>"bank" 须是文本</translation>
    </message>
    <message>
      <source>has no {field} (null or missing)</source>
      <translation>没有 {field}（为 null 或缺失）</translation>
    </message>
    <message>
      <source>{count} options; at most {count2} (A–H) are supported</source>
      <translation>有 {count} 个选项；最多支持 {count2} 个（A–H）</translation>
    </message>
    <message>
      <source>option keys {items} leave a gap or repeat: they run A, B, C … once each</source>
      <translation>选项键 {items} 有空缺或重复：应按 A、B、C … 各出现一次</translation>
    </message>
    <message>
      <source>option keys must be letters A–H, found {items}</source>
      <translation>选项键须是字母 A–H，发现 {items}</translation>
    </message>
    <message>
      <source>option keys {items} leave a gap: they run A, B, C … in order</source>
      <translation>选项键 {items} 有空缺：应按 A、B、C … 依次排列</translation>
    </message>
    <message>
      <source>a picture's data is not base64</source>
      <translation>图片数据不是 base64</translation>
    </message>
    <message>
      <source>each question must be an object, not {value}</source>
      <translation>每道题须是一个对象，而不是{value}</translation>
    </message>
    <message>
      <source>unknown field(s) {items}: Xuefa reads {items2}; rename or remove them</source>
      <translation>未知字段 {items}：学法读取的字段是 {items2}；请改名或删除</translation>
    </message>
    <message>
      <source>a number of more than 18 digits ({value}…): no question needs one; write it as text in quotes, or correct it</source>
      <translation>有超过 18 位的数字（{value}…）：试题不需要这样的数字；请加引号写成文本，或改正它</translation>
    </message>
    <message>
      <source>{value} is not a number JSON has: write a number (or text) there</source>
      <translation>{value} 不是 JSON 中的数：请在此处写一个数（或文本）</translation>
    </message>
    <message>
      <source>the key {key!r} stands twice in one object: the reader would keep only the last; keep one</source>
      <translation>键 {key!r} 在同一对象中出现两次：读取时只会保留最后一个；请只保留一个</translation>
    </message>
    <message>
      <source>not JSON (broken off, or a comma, quote or bracket out of place) at line {lineno}, column {colno}</source>
      <translation>不是有效的 JSON（内容不完整，或逗号、引号、括号位置不对），位置：第 {lineno} 行第 {colno} 列</translation>
    </message>
    <message>
      <source>not a question-bank JSON file: nested too deeply</source>
      <translation>不是题库 JSON 文件：嵌套层数过多</translation>
    </message>
    <message>
      <source>must be a list of questions</source>
      <translation>须是试题列表</translation>
    </message>
    <message>
      <source>unknown question type {type_text!r} (单选, 多选, 判断, 填空 or 简答; single, multiple, true_false, fill_in or short_answer)</source>
      <translation>未知题型 {type_text!r}（应为 单选、多选、判断、填空 或 简答；英文 single、multiple、true_false、fill_in 或 short_answer）</translation>
    </message>
    <message>
      <source>id must be text or a whole number, not {value}</source>
      <translation>id 须是文本或整数，而不是{value}</translation>
    </message>
    <message>
      <source>difficulty {difficulty_raw} is not a whole number from 1 to 5 (or 低/中/高, 易/中/难)</source>
      <translation>难度 {difficulty_raw} 不是 1 到 5 的整数（或 低/中/高、易/中/难）</translation>
    </message>
    <message>
      <source>points must be a whole number, not {points_raw}</source>
      <translation>分值须是整数，而不是 {points_raw}</translation>
    </message>
    <message>
      <source>option key {key!r} is not a letter A–H</source>
      <translation>选项键 {key!r} 不是字母 A–H</translation>
    </message>
    <message>
      <source>a multiple-answer question with no answer above 0 %</source>
      <translation>多选题没有高于 0 % 的答案</translation>
    </message>
    <message>
      <source>not a Moodle XML quiz (the root is &lt;{tag}&gt;)</source>
      <translation>不是 Moodle XML 题库（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
      <source>question {number}</source>
      <translation>第 {number} 题</translation>
    </message>
    <message>
      <source>a true/false question needs exactly one answer at 100 % (true or false)</source>
      <translation>判断题须恰有一个 100 % 的答案（true 或 false）</translation>
    </message>
    <message>
      <source>a short-answer question needs an answer at 100 %</source>
      <translation>简答题须有一个 100 % 的答案</translation>
    </message>
    <message>
      <source>a single-choice question needs exactly one right answer (100 %), has {count}</source>
      <translation>单选题须恰有一个正确答案（100 %），现有 {count} 个</translation>
    </message>
    <message>
      <source>partial credit on a single-choice answer ({items}) is not supported: set it to 0 %, or make the question a multiple-answer one</source>
      <translation>不支持单选题答案的部分得分（{items}）：请设为 0 %，或把此题改为多选题</translation>
    </message>
    <message>
      <source>{nested} &lt;question&gt; element(s) stand inside another element, not directly under &lt;quiz&gt;: export the bank from Moodle again</source>
      <translation>{nested} 个 &lt;question&gt; 元素位于其他元素之内，而不是直接在 &lt;quiz&gt; 之下：请从 Moodle 重新导出题库</translation>
    </message>
    <message>
      <source>an answer's fraction is not a number</source>
      <translation>答案的得分比例不是数字</translation>
    </message>
    <message>
      <source>hidden in Moodle's question bank (&lt;hidden&gt;1&lt;/hidden&gt;): imported all the same; retire it here if it was hidden on purpose</source>
      <translation>在 Moodle 题库中被隐藏（&lt;hidden&gt;1&lt;/hidden&gt;）：仍已导入；如是有意隐藏，请在这里将其停用</translation>
    </message>
    <message>
      <source>defaultgrade {value}: points are a whole number from 1 (set it in Moodle, or remove it for the exam's points per type)</source>
      <translation>defaultgrade {value}：分值须是从 1 起的整数（请在 Moodle 中设置，或删除它以采用考试按题型设定的分值）</translation>
    </message>
    <message>
      <source>left out: attached file(s) {items} that the text does not show (Moodle does not show them either)</source>
      <translation>未导入：附带的文件 {items} 在正文中没有显示（Moodle 也不显示它们）</translation>
    </message>
    <message>
      <source>left out: the feedback on each answer (Xuefa shows one explanation, from the general feedback)</source>
      <translation>未读取：各答案的反馈（学法只显示一条解析，取自总体反馈）</translation>
    </message>
    <message>
      <source>{value} question {name!r}: not a kind this product has</source>
      <translation>{value} 题 {name!r}：本产品没有此题型</translation>
    </message>
    <message>
      <source>untyped</source>
      <translation>无题型</translation>
    </message>
    <message>
      <source>{count} short answer(s) whose reference answer is 略 (or 见教材, or empty), at {shown}: stored without a reference answer, so the marker grades them without one; give the answer to keep it</source>
      <translation>有 {count} 道简答题的参考答案为“略”（或“见教材”，或为空）（位于 {shown}）：已按没有参考答案导入，阅卷时没有参考答案可依；如需参考答案，请写出答案</translation>
    </message>
    <message>
      <source>the question asks about material below ({said}) and chooses among its options: if the options are what it points at, it is whole; if facts or figures were to stand below it, they were lost: check it in the preview</source>
      <translation>该题问到下方的材料（{said}），并在选项中作选择：如果它所指的就是这些选项，试题完整；如果下方本应有事实或数据，则已丢失：请在预览中核对</translation>
    </message>
    <message>
      <source>the question asks about material ({said}) that its stem does not hold: put the facts or figures in the stem before the question, or above the questions as 材料：… (阅读下列材料，回答1-2题), or leave the question out</source>
      <translation>该题问到材料（{said}），但题干中没有这些材料：请把事实或数据写进题干、放在问题之前，或作为“材料：……”放在各题之上（阅读下列材料，回答1-2题），或不导入该题</translation>
    </message>
    <message>
      <source>the question asks about a table ({said}) that this file does not hold: a question cannot keep a table; write what it needs from the table into its stem as text, or leave the question out</source>
      <translation>该题问到一个表格（{said}），但本文件中没有这个表格：试题不能带表格；请把题目需要的表格内容以文字写进题干，或不导入该题</translation>
    </message>
    <message>
      <source>the question points at a figure ({said}) that this file does not hold: put the picture with the question (a Word .docx keeps it), write what it shows into the stem, or leave the question out</source>
      <translation>该题指向一幅图（{said}），但本文件中没有这幅图：请把图片与试题放在一起（Word .docx 可以保留图片），或把图中内容以文字写进题干，或不导入该题</translation>
    </message>
    <message>
      <source>{range} gives {given} answer(s) for the {count} questions of its range</source>
      <translation>{range} 给出 {given} 个答案，而该范围有 {count} 道题</translation>
    </message>
    <message>
      <source>{text!r} in the answer key's entry for question {n} is a correction, not that question's answer or explanation: write the right answer into the entry of the question it corrects, and delete the correction</source>
      <translation>答案中第 {n} 题条目内的 {text!r} 是一条更正，不是该题的答案或解析：请把正确答案写进它所更正的那道题的条目，并删去这条更正</translation>
    </message>
    <message>
      <source>answer key: {run!r} gives a multiple-choice section's answers without question numbers: which letters are whose cannot be told; number them (1.AB 2.ACD …)</source>
      <translation>答案表：{run!r} 给出多项选择题一节的答案却没有题号，无法分清哪些字母属于哪道题；请写上题号（1.AB 2.ACD …）</translation>
    </message>
    <message>
      <source>answer key: {run!r} gives answers without question numbers or the section they belong to: number them (一、1.A 2.B …)</source>
      <translation>答案表：{run!r} 给出的答案既无题号，也看不出属于哪一节；请写上题号（一、1.A 2.B …）</translation>
    </message>
    <message>
      <source>answer key: {run!r} gives {given} answer(s) without question numbers, and section {section} has {count} question(s): number them (1.A 2.B …)</source>
      <translation>答案表：{run!r} 给出 {given} 个答案但没有题号，而第 {section} 节有 {count} 道题；请写上题号（1.A 2.B …）</translation>
    </message>
    <message>
      <source>answer key: {range}; give one to each, or write them one by one (1.A 2.B 3.C)</source>
      <translation>答案表：{range}；请每题给一个答案，或逐题写出（1.A 2.B 3.C）</translation>
    </message>
    <message>
      <source>{text!r} in the answer key starts with {lead} before its first number: the rest of the entry above (question {n}), wrapped by a copy? Join the lines</source>
      <translation>答案表中的 {text!r} 在第一个题号前以 {lead} 开头：这是上一条（第 {n} 题）答案折行后的后半部分吗？请把两行合并</translation>
    </message>
    <message>
      <source>{text!r} below the answer key's table names no question: read as a remark, not stored</source>
      <translation>答案表格下方的 {text!r} 未指明任何题目：视为备注，不予保存</translation>
    </message>
    <message>
      <source>{text!r} in the answer key names question {numbers} again, and more than one section has a question {numbers}: a correction, or the next section's entry? Head each section's part of the key with its section (一、… 二、…)</source>
      <translation>答案中的 {text!r} 再次给出了第 {numbers} 题，而不止一个部分有第 {numbers} 题：这是更正，还是下一部分的答案？请在答案中每一部分前标明其所属部分（一、… 二、…）</translation>
    </message>
    <message>
      <source>{text!r}: question {n}'s blank answer in the answer key holds words about it (a remark, an alternative, a correction): write the blank's answer alone, alternatives with | (1982|1982年), a remark in 解析</source>
      <translation>{text!r}：答案中第 {n} 题的填空答案里夹有说明性文字（备注、可选答案或更正）：请只写该空的答案，可选答案用“|”隔开（如 1982|1982年），备注写进解析</translation>
    </message>
    <message>
      <source>the answer key numbers on past the paper's questions ({n}. after {m}.) while each section numbers its questions from 1: which entry answers which section's question cannot be told. Number the questions on through the paper as the key does, or head each section's part of the key (一、1.A 2.C 二、1.…)</source>
      <translation>答案部分的编号越过了试卷的题号（{m}. 之后是 {n}.），而试卷各大题都从 1 开始编号：无法判断哪条答案属于哪一大题的哪道题。请像答案那样把全卷试题连续编号，或在答案部分按大题分别标明（一、1.A 2.C 二、1.…）</translation>
    </message>
    <message>
      <source>the answer key starts again at question {n} here but names no section, and its parts do not answer the sections one by one ({parts} part(s), {sections} section(s)): label each part with its section (一、1.A 2.B … 二、1.√ …)</source>
      <translation>答案表在此处从第 {n} 题重新编号，但未注明所属大题，且各部分与各大题无法一一对应（{parts} 部分，{sections} 个大题）：请为每部分标明大题（一、1.A 2.B … 二、1.√ …）</translation>
    </message>
    <message>
      <source>{text!r} in the answer key: a line of question {m}'s reference answer, or question {n}'s entry without its mark? Write the entry as {n}. …</source>
      <translation>答案中的 {text!r}：是第 {m} 题参考答案中的一行，还是缺少序号标点的第 {n} 题答案？请把该题答案写成“{n}. …”</translation>
    </message>
    <message>
      <source>{text!r} in the answer key: point {n} of question {m}'s reference answer, or the key's entry for question {n}? They are numbered alike: number the points （1）（2） …</source>
      <translation>答案表中的 {text!r}：是第 {m} 题参考答案的第 {n} 个要点，还是第 {n} 题的答案？二者编号方式相同，无法区分：请把要点改为（1）（2）……编号</translation>
    </message>
    <message>
      <source>{text!r} in the answer key read as the next points of question {m}'s reference answer, numbered otherwise (its section has no question of that number)</source>
      <translation>答案表中的 {text!r} 读作第 {m} 题参考答案接下来的要点（编号方式不同；本部分没有这一题号的试题）</translation>
    </message>
    <message>
      <source>{text!r} in the answer key, below point {k} of question {m}'s reference answer and numbered as its points are: is it point {p}, mistyped, or the entry of question {n}? Number the points in order, and the entries otherwise (1. 2. …)</source>
      <translation>答案表中的 {text!r} 在第 {m} 题参考答案的第 {k} 个要点之下，编号方式与要点相同：是写错了的第 {p} 个要点，还是第 {n} 题的答案？请按顺序给各要点编号，答案的题号换一种写法（1. 2. …）</translation>
    </message>
    <message>
      <source>{text!r} in the answer key, below point {k} of question {m}'s reference answer: is its point {p} missing, or is this the entry of a question {n} its section does not have? Number the points in order, or correct the entry's number</source>
      <translation>答案表中的 {text!r} 在第 {m} 题参考答案的第 {k} 个要点之下：是漏了第 {p} 个要点，还是本部分没有的第 {n} 题的答案？请按顺序给各要点编号，或改正该答案的题号</translation>
    </message>
    <message>
      <source>an explanation (解析) inside the answer key is not read: put it under its question as a 解析： line</source>
      <translation>答案表中的解析不会被读取：请把它放到对应试题下，写成“解析：”行</translation>
    </message>
    <message>
      <source>{text!r} in the answer key reads as a correction of question {numbers}: write the right answer at that question's entry in the key, and delete the line</source>
      <translation>答案中的 {text!r} 是对第 {numbers} 题的更正：请把正确答案写在答案中该题的条目处，并删去这一行</translation>
    </message>
    <message>
      <source>{text!r} in the answer key is no answer to a numbered question (1.A, 1-5：ABCDA): a correction or a remark? Write the key's entries as they should be; a remark belongs under its question in 解析</source>
      <translation>答案中的 {text!r} 不是某道题的答案（1.A、1-5：ABCDA）：这是更正还是备注？请把答案写成正确的条目；备注应写在相应试题的解析中</translation>
    </message>
    <message>
      <source>question {n}: a correction inside the answer key's entries (at {where}) names it: its answer as the key has it may be wrong</source>
      <translation>第 {n} 题：答案条目内的一条更正（{where}）提到了它：答案中该题的答案可能有误</translation>
    </message>
    <message>
      <source>{text!r} below point {k} of question {m}'s reference answer was read as question {n}'s entry, but the key goes back to earlier questions below it: is it point {p} of question {m}? Number the points in order （1）（2） …</source>
      <translation>{text!r} 在第 {m} 题参考答案的第 {k} 个要点之下，被读作第 {n} 题的答案，而答案表在它下面又回到了前面的题：它是第 {m} 题的第 {p} 个要点吗？请按顺序给各要点编号（1）（2）……</translation>
    </message>
    <message>
      <source>the answer key names question {n}, which is not in its section: check the key's numbers</source>
      <translation>答案表中有第 {n} 题，但该部分没有这道题：请核对答案表的题号</translation>
    </message>
    <message>
      <source>question {n}: the line below the answer key's table (at {where}) may correct its answer (it names no question by its number): write the right answer into the table's row</source>
      <translation>第 {n} 题：答案表格下方的一行（{where}）可能更正了本题的答案（它没有用题号指明是哪道题）：请把正确答案写进表格中本题那一行</translation>
    </message>
    <message>
      <source>question {n}: a line of the answer key that names it, or stands below its entry, is no entry (at {where})</source>
      <translation>第 {n} 题：答案中提到它（或写在它的答案之下）的一行不是答案条目（{where}）</translation>
    </message>
    <message>
      <source>question {m}'s reference answer may go on into the line read as question {n}'s entry (question {n} is answered again elsewhere): if the line is the answer's, number the answer's points （1）（2） …, or start the line otherwise than with its number ({n}. {n}、 第{n}题)</source>
      <translation>第 {m} 题的参考答案可能延续到被读作第 {n} 题答案的那一行（第 {n} 题在别处另有答案）：如果这一行属于该答案，请把答案的要点编为（1）（2）…，或不要以题号（{n}. {n}、 第{n}题）开头</translation>
    </message>
    <message>
      <source>question {m}'s reference answer may go on into the line read as question {n}'s entry (its section has no question {n}): if the line is the answer's, number the answer's points （1）（2） …, or start the line otherwise than with its number ({n}. {n}、 第{n}题)</source>
      <translation>第 {m} 题的参考答案可能延续到被读作第 {n} 题答案的那一行（该部分没有第 {n} 题）：如果这一行属于该答案，请把答案的要点编为（1）（2）…，或不要以题号（{n}. {n}、 第{n}题）开头</translation>
    </message>
    <message>
      <source>the answer key gives question {n} more than one answer ({answers}): keep the right one</source>
      <translation>答案表给第 {n} 题不止一个答案（{answers}）：请只保留正确的一个</translation>
    </message>
    <message>
      <source>the answer key gives question {n} more than one answer ({answers}): keep the right one; if the lines numbered 1、 2、 or 1） 2） below an entry are the points of its reference answer, number them （1）（2） …</source>
      <translation>答案表给第 {n} 题不止一个答案（{answers}）：请只保留正确的一个；如果某条答案下面编号为 1、 2、 或 1） 2） 的各行是其参考答案的要点，请改用（1）（2）……编号</translation>
    </message>
    <message>
      <source>{text!r} below point {k} of question {m}'s reference answer was read as question {n}'s entry, which the key answers again: is it point {p} of question {m}? Number the points in order （1）（2） …</source>
      <translation>{text!r} 在第 {m} 题参考答案的第 {k} 个要点之下，被读作第 {n} 题的答案，而答案表又给了第 {n} 题另一个答案：它是第 {m} 题的第 {p} 个要点吗？请按顺序给各要点编号（1）（2）……</translation>
    </message>
    <message>
      <source>question {m}'s answer in the answer key, or only its words before the number {n} on its line? Question {n} is answered again elsewhere: if the number {n} belongs to question {m}'s answer, write it otherwise (（{n}）), or give question {n}'s entry a line of its own</source>
      <translation>答案中第 {m} 题的答案，是整行，还是只到该行的序号 {n} 之前？第 {n} 题在别处另有答案：如果序号 {n} 属于第 {m} 题的答案，请换一种写法（（{n}）），或把第 {n} 题的答案单独写一行</translation>
    </message>
    <message>
      <source>question {m}'s answer in the answer key, or only its words before the number {n} on its line? Its section has no question {n}: if the number {n} belongs to question {m}'s answer, write it otherwise (（{n}）)</source>
      <translation>答案中第 {m} 题的答案，是整行，还是只到该行的序号 {n} 之前？该部分没有第 {n} 题：如果序号 {n} 属于第 {m} 题的答案，请换一种写法（（{n}））</translation>
    </message>
    <message>
      <source>{text!r} in the answer key: after the points numbered on question {m}'s line, {n}. starts question {n}'s entry, or is it question {m}'s next point, numbered otherwise? Put question {n}'s entry on a line of its own (or write it {n}.答：), and number the points alike</source>
      <translation>答案表中的 {text!r}：第 {m} 题这一行上编了号的要点之后，{n}. 是第 {n} 题答案的开头，还是第 {m} 题换了编号方式的下一个要点？请把第 {n} 题的答案另起一行（或写成 {n}.答：），并统一各要点的编号</translation>
    </message>
    <message>
      <source>the reasons written after the answers on this line of the answer key cannot be told apart (a question's number and letter inside one?): put each reason under its question as a 解析： line</source>
      <translation>答案表这一行中写在各答案后面的理由无法分开（其中含有题号和字母？）：请把每条理由写在对应试题下面的“解析：”行中</translation>
    </message>
    <message>
      <source>{count:,} more lines above the first question read as a title</source>
      <translation>第一道题之前另有 {count:,} 行被当作标题读取</translation>
    </message>
    <message>
      <source>left out: page numbers and running heads (a bare number, 第 N 页, — N —, a title line again), at {shown}</source>
      <translation>已略去：页码和页眉（单独的数字、第 N 页、— N —、重复出现的标题行），位于 {shown}</translation>
    </message>
    <message>
      <source>paragraph(s) {shown}: stems numbered by Word's automatic numbering, read as questions 1, 2, 3 … of their section, as Word shows them</source>
      <translation>第 {shown} 段：题干使用 Word 的自动编号，已按 Word 显示的编号读作本大题的第 1、2、3 … 题</translation>
    </message>
    <message>
      <source>the answers of {count} question(s) with no 答案 line were read from the options written in colour (标红) or highlighted, at paragraph(s) {shown}: check them in the preview</source>
      <translation>有 {count} 道题没有“答案”行，其答案按标红（彩色文字）或突出显示的选项读取，位于第 {shown} 段：请在预览中核对</translation>
    </message>
    <message>
      <source>the answers of {count} question(s) with no 答案 line were read from their underlined options, at paragraph(s) {shown}: check them in the preview</source>
      <translation>有 {count} 道题没有“答案”行，其答案按加了下划线的选项读取，位于第 {shown} 段：请在预览中核对</translation>
    </message>
    <message>
      <source>the answers of {count} question(s) with no 答案 line were read from their options in bold, at paragraph(s) {shown}: check them in the preview</source>
      <translation>有 {count} 道题没有“答案”行，其答案按加粗的选项读取，位于第 {shown} 段：请在预览中核对</translation>
    </message>
    <message>
      <source>the answers of {count} fill-in question(s) with no 答案 line were read from their underlined words (as in 我国的根本法是宪法 with 宪法 underlined), at paragraph(s) {shown}: check them in the preview</source>
      <translation>{count} 道没有“答案”行的填空题，其答案取自加下划线的文字（例如“我国的根本法是宪法”中“宪法”加了下划线），位于第 {shown} 段：请在预览中核对</translation>
    </message>
    <message>
      <source>{count} question(s) numbered right before a figure (1.5倍…) were read as question 1 with the stem 5倍…, at {shown}: if the figure belongs to the stem, put a space after the question's number (1. 1.5倍…)</source>
      <translation>{count} 道题的题号紧挨着题干中的数字（1.5倍…），已按第 1 题、题干“5倍…”读入，位于 {shown}：如果这个数字属于题干，请在题号后加一个空格（1. 1.5倍…）</translation>
    </message>
    <message>
      <source>the bank's own ids written before {count} stem(s) (题库编号…, 试题编号…) were left out of them, at {shown}; Xuefa gives each question its own id from its content, so two questions with one such id are two questions</source>
      <translation>{count} 道题题干前写的题库自有编号（题库编号…、试题编号…）未计入题干，位于 {shown}；本系统按试题内容为每道题生成编号，因此两道题即使写了同一个编号也仍是两道题</translation>
    </message>
    <message>
      <source>the points per question written on this line given to the {count} question(s) it heads with none of their own (at {shown}); an exam may still set others</source>
      <translation>此行写明的每题分值已赋给其下本身未写分值的 {count} 道题（位于 {shown}）；组卷时仍可另行设定</translation>
    </message>
    <message>
      <source>the points per question written on this line are not whole, so the {count} question(s) it heads keep no points (set them when the exam is put together)</source>
      <translation>此行写明的每题分值不是整数，其下 {count} 道题未记分值（请在组卷时设定）</translation>
    </message>
    <message>
      <source>{count} fill-in question(s), at {shown}: their answers were written apart by ， or spaces, as many as their blanks, and were read one a blank; check them in the preview (； between blanks is never in doubt)</source>
      <translation>{count} 道填空题（{shown}）：答案用“，”或空格分隔，个数与空数相同，已按每空一个答案读取；请在预览中核对（各空答案用“；”分隔则不会有疑问）</translation>
    </message>
    <message>
      <source>{count} fill-in question(s) of one blank, at {shown}: the answer holds ， or a space and was taken whole as what a learner must write; if the words after it are a reason, put them on a 解析： line (or after 。)</source>
      <translation>{count} 道只有一个空的填空题（第 {shown} 处）：答案中有“，”或空格，已整体作为考生须填写的答案；如果其后的文字是理由，请写到“解析：”行中（或写在“。”之后）</translation>
    </message>
    <message>
      <source>{count} fill-in question(s) with no 答案 line, at {shown}: their answers were read from the words in their brackets (as in 我国的根本法是（宪法）); check them in the preview</source>
      <translation>{shown} 处共 {count} 道填空题没有“答案”行：其答案取自括号中的文字（例如“我国的根本法是（宪法）”）；请在预览中核对</translation>
    </message>
    <message>
      <source>{count} question(s) have options written in colour (标红) that are not the answer written on their 答案 line, at paragraph(s) {shown}: the answer line was taken; check them in the preview</source>
      <translation>有 {count} 道题的标红选项与其“答案”行写的答案不同（第 {shown} 段）：已采用答案行；请在预览中核对</translation>
    </message>
    <message>
      <source>{count} question(s) have options in bold that are not the answer written on their 答案 line, at paragraph(s) {shown}: the answer line was taken; check them in the preview</source>
      <translation>有 {count} 道题的加粗选项与其“答案”行写的答案不一致，位于第 {shown} 段：已按答案行读取；请在预览中核对</translation>
    </message>
    <message>
      <source>{text!r} read as a chapter's title: {name} is the category of the questions below it (a 知识点： line of their own wins)</source>
      <translation>{text!r} 读作章的标题：其下试题的分类为“{name}”（试题自己的“知识点：”行优先）</translation>
    </message>
    <message>
      <source>{text!r} above question {n} looks like a topic's title but is not read as one: a topic's title names a law or a field (…法, …条例, …制度, …职权) or has four characters at most, and its points are written per question (（每小题2分）); write it so, or give each question a 知识点： line and delete this line</source>
      <translation>第 {n} 题上方的 {text!r} 看起来像专题标题，但未能作为专题读入：专题标题应是法律或领域的名称（…法、…条例、…制度、…职权），或不超过四个字，分值按每小题写明（（每小题2分））；请按此改写，或在每道题下写“知识点：”并删除此行</translation>
    </message>
    <message>
      <source>the section heading {text!r} says more than the section's instructions: {said!r}. If it is the case or material of the questions below, put it on a line of its own below the heading (under 案例分析题, or saying which questions it serves: 阅读下列材料，回答1-2题); else delete it</source>
      <translation>大题标题 {text!r} 写的不只是本大题的说明：{said!r}。如果这是下面试题的案情或材料，请把它单独写成一行，放在标题下方（放在“案例分析题”下，或写明它用于哪几题：阅读下列材料，回答1-2题）；否则请删除</translation>
    </message>
    <message>
      <source>{text!r} below question {n}'s reference answer reads as a question, out of the paper's order: a line of that answer, or a question after the key? Start the answer's line otherwise than with a question's number, or put the question where it belongs</source>
      <translation>第 {n} 题参考答案下方的 {text!r} 读作一道题，但不合试卷的题号顺序：它是该答案的一行，还是答案之后的一道题？答案的这一行请不要以题号开头，或把这道题放到应在的位置</translation>
    </message>
    <message>
      <source>{text!r} in the answer key below question {n}'s reference answer: its next point, or the answers of section {s}? Number the answer's points otherwise (1、 2、 …), or write the section's entries with their numbers ({s}、1. … 2. …)</source>
      <translation>答案表中第 {n} 题参考答案之下的 {text!r}：是该答案的下一个要点，还是第{s}部分的答案？请改用其他方式给要点编号（1、 2、 …），或给该部分的答案写上题号（{s}、1. … 2. …）</translation>
    </message>
    <message>
      <source>the stem begins with the type word {said}: write it as 【{said}】 before the stem, or delete it</source>
      <translation>题干以题型词 {said} 开头：请写成题干前的【{said}】，或删除它</translation>
    </message>
    <message>
      <source>{said} before the stem: a section's count? Write it in the section heading (一、单项选择题（共10题）) or delete it</source>
      <translation>题干前的“{said}”是大题的题数吗？请把它写在大题标题中（一、单项选择题（共10题）），或删去</translation>
    </message>
    <message>
      <source>question {n} asks about the table at {where}, which a question cannot keep: write what it needs from the table into its stem as text</source>
      <translation>第 {n} 题问的是{where}的表格，而试题不能保存表格：请把它需要的表格内容以文字写进题干</translation>
    </message>
    <message>
      <source>question {n}'s line holds the next question too ({said}): put each question on its own line</source>
      <translation>第 {n} 题这一行里还有下一道题（{said}）：请每道题单独占一行</translation>
    </message>
    <message>
      <source>the answer key at the end gives question {n} the answer {key}, its own 答案 line {answer}: keep the right one</source>
      <translation>文末答案表给第 {n} 题的答案是 {key}，而该题自己的“答案”行是 {answer}：请只保留正确的一个</translation>
    </message>
    <message>
      <source>the answer written on the blank ({said}) and the answer given ({answer}) differ</source>
      <translation>写在空上的答案（{said}）与给出的答案（{answer}）不一致</translation>
    </message>
    <message>
      <source>two statements, each with its answer ({first}, {second}), in one question: a question without its number? Number it on a line of its own</source>
      <translation>一道题中有两句判断，各带答案（{first}、{second}）：是否有一道题缺了题号？请为它编号并单独成行</translation>
    </message>
    <message>
      <source>the answer in the brackets ({said}) and the answer given ({answer}) differ</source>
      <translation>括号中的答案（{said}）与给出的答案（{answer}）不一致</translation>
    </message>
    <message>
      <source>{said} inside the stem, followed by its words: the answer in brackets, or the stem's own text (A级)? It cannot be told: write the stem's blank as （ ） with the answer on an 答案： line, or the words without brackets</source>
      <translation>题干中的 {said} 后面紧跟文字：这是括号里的答案，还是题干本身的文字（如 A级）？无法判断：请把题干的空写成（ ），答案写在“答案：”行；或去掉括号照原样写出文字</translation>
    </message>
    <message>
      <source>no answer: an 答案： line, an answer in the brackets （ A ）, or an answer key at the end</source>
      <translation>没有答案：需要“答案：”行、括号中的答案（ A ），或文末的答案表</translation>
    </message>
    <message>
      <source>no section heading (一、单项选择题, 二、判断题 …) says what type this question is</source>
      <translation>没有大题标题（一、单项选择题，二、判断题 …）说明此题的题型</translation>
    </message>
    <message>
      <source>the answer key's range gives question {n} one letter from letters written together (1-4：ABCD, 1-4：AB CD); in a multiple-choice section they may be fewer questions' letters: write the entries one by one (1.AB 2.CD), or a letter each apart (1-4：A B C D)</source>
      <translation>答案中的题号范围按连写的字母（1-4：ABCD、1-4：AB CD）给第 {n} 题一个字母；在多项选择题部分，这些字母可能属于更少的几道题：请逐题写出（1.AB 2.CD），或把每题的字母分开写（1-4：A B C D）</translation>
    </message>
    <message>
      <source>no reference answer: the answer key answers other questions of its section but not this one; check the key's entry for question {n} (its number)</source>
      <translation>没有参考答案：答案表给出了本部分其他题的答案，却没有这一题；请检查答案表中第 {n} 题的条目（题号）</translation>
    </message>
    <message>
      <source>question {n} has no reference answer while the other questions of its section have one: a point of the answer above it read as a question? Number the answer's points ① ② …, or give this question its answer</source>
      <translation>第 {n} 题没有参考答案，而同一大题的其他题都有：是否把上一题答案中的一点读成了试题？请把答案的各点编为 ① ② …，或给此题写上答案</translation>
    </message>
    <message>
      <source>no reference answer, and a line of the answer key could not be read ({where}): correct that line first</source>
      <translation>没有参考答案，而答案表中有一行无法读取（{where}）：请先改正那一行</translation>
    </message>
    <message>
      <source>{text!r}: options written without a mark after their letters, or with small letters? Options are read as A. B. C. (A．, A、): write {example}</source>
      <translation>{text!r}：选项字母后面没有标点，或用了小写字母？选项按 A. B. C.（A．、A、）读取：请写成 {example}</translation>
    </message>
    <message>
      <source>the options stand on the stem's line, after a stem that has not ended: end the stem with its blank （ ） (or 。), or put each option on a line of its own</source>
      <translation>选项写在题干同一行，而题干还没有结束：请在题干末尾写上空括号（ ）（或句号“。”），或把每个选项各写一行</translation>
    </message>
    <message>
      <source>the stem ends with {said}: an answer written in a form Xuefa does not read? The learner would see it; write it as （ A ） (（ √ ） for true/false) or on an 答案： line</source>
      <translation>题干以 {said} 结尾：是用本系统不读取的形式写的答案吗？考生会看到它；请写成（ A ）（判断题写成（ √ ）），或写在“答案：”行</translation>
    </message>
    <message>
      <source>more than {count:,} lines (paragraphs): a bank of at most {items:,} questions never needs so many; split the file</source>
      <translation>超过 {count:,} 行（段落）：题库最多 {items:,} 道题，用不到这么多行；请拆分文件</translation>
    </message>
    <message>
      <source>{text!r}: a further line of the answer key table's cell for question {n}, whose entry above was not read as that question's: check the table's row (its number, and one answer a cell)</source>
      <translation>{text!r}：答案表格中第 {n} 题单元格的后续一行，但其上方的条目未被读作该题的答案：请检查表格的这一行（题号，以及每格一个答案）</translation>
    </message>
    <message>
      <source>{text!r} below question {n}: the rest of a line wrapped at a decimal number, or question {k}? It cannot be told: join the lines (or write {k}. with a space before its text)</source>
      <translation>第 {n} 题下方的 {text!r} 是在小数处折行的上一行的后半部分，还是第 {k} 题？无法判断：请把两行合并（或写成 {k}. 后加空格再写题干）</translation>
    </message>
    <message>
      <source>{said} above the stem: its type and points? Points are whole numbers written （3分）</source>
      <translation>题干上方的 {said}：是试题的题型和分值吗？分值须为整数，写成（3分）</translation>
    </message>
    <message>
      <source>分值 {said}: points are whole numbers here (分值：2分)</source>
      <translation>分值 {said}：这里的分值须为整数（分值：2分）</translation>
    </message>
    <message>
      <source>（{said}） in a fill-in with its answers in its brackets: a note or the answer? It cannot be told; write the blanks as （ ） and the answers on an 答案： line</source>
      <translation>填空题括号中写有答案，其中（{said}）是注释还是答案？无法判断；请把空写成（ ），答案写在“答案：”行</translation>
    </message>
    <message>
      <source>question {m}: its reference answer may go on into the line read as question {n} below it; number the answer's points ① ② …</source>
      <translation>第 {m} 题：其参考答案可能延续到下面被读作第 {n} 题的那一行；请把答案的各点编为 ① ② …</translation>
    </message>
    <message>
      <source>question {n} has no reference answer while the other questions of its section have one: a point of the answer above it read as a question? Check it in the preview</source>
      <translation>第 {n} 题没有参考答案，而本大题其他试题都有：是否把上一题答案中的一点读成了试题？请在预览中核对</translation>
    </message>
    <message>
      <source>question {n} goes with the material at {where}, which holds no text below the line naming its questions: its facts lost in copying? Put them right below that line (a picture there cannot be kept: put it in each question's stem)</source>
      <translation>第 {n} 题对应 {where} 的材料，但注明题号的那一行下面没有材料内容：是否在复制时丢失？请把材料内容紧接着写在该行下面（那里的图片无法保留：请放进每道题的题干）</translation>
    </message>
    <message>
      <source>runs of more than {count} spaces shortened to {count} (nothing but spaces taken out), at {where}</source>
      <translation>连续超过 {count} 个的空格缩短为 {count} 个（只去掉了空格），位置：{where}</translation>
    </message>
    <message>
      <source>question {n}'s reference answer holds lines numbered as answers of question(s) {named} (N. 答：…), which have none: the answer key read as question {n}'s own answer? Head the key with 参考答案 on a line of its own, below the last question's own answer if it has one</source>
      <translation>第 {n} 题的参考答案中有按第 {named} 题编号的答案行（N. 答：…），而这些题没有答案：是否把答案表读成了第 {n} 题自己的答案？请在答案表上方单独一行写“参考答案”，并放在最后一题自己的答案（如有）之下</translation>
    </message>
    <message>
      <source>a picture on a title, a heading or the answer key belongs to no question: move it below the stem of its question, or delete it</source>
      <translation>标题、大题标题或答案表中的图片不属于任何试题：请把它移到所属试题的题干下方，或删除</translation>
    </message>
    <message>
      <source>question {n} follows question {m}: the numbers between are missing (a question whose number was lost is read into the one before it: check question {m})</source>
      <translation>第 {n} 题紧接在第 {m} 题之后：中间的题号缺失（漏了题号的试题会被并入前一题：请检查第 {m} 题）</translation>
    </message>
    <message>
      <source>the answer key's table here ({text}) could not be read: each row one question number (or a range, 1-5 | ABCDA) and its own answer cell below a 题号 | 答案 header; a row of other words (注：, 合计, the header again), an answer cell merged over several rows, a range's written answers, a 题型 naming no section or a column correcting the answers (更正, 备注：答案应为…) stop it. Correct the table, or write the key as lines (1. … 2. …)</source>
      <translation>此处的答案表格（{text}）无法读取：表头为“题号 | 答案”，其下每行一个题号（或一个范围，如 1-5 | ABCDA）及其单独的答案单元格；若有其他文字的行（注：、合计、重复的表头）、跨多行合并的答案单元格、范围后写成文字的答案、题型列写的不是任何题型，或有更正答案的列（更正、备注：答案应为…），则无法读取。请更正表格，或把答案写成逐行形式（1. … 2. …）</translation>
    </message>
    <message>
      <source>{text!r} below the reference answer of the last question: the answer's last line, or the file's sign-off (who made it)? Join it to the answer's line above if it is the answer's, or delete it</source>
      <translation>最后一题参考答案下面的 {text!r}：是答案的最后一行，还是文件的落款（编写单位）？如果是答案的一部分，请把它接到上面答案那一行；否则请删除</translation>
    </message>
    <message>
      <source>{text!r} after the last question read as the file's sign-off (who made it, when, 完), not as part of the question above it: left out</source>
      <translation>最后一题之后的 {text!r} 读作文件的落款（编者、日期、完），不属于上面的试题：已略去</translation>
    </message>
    <message>
      <source>{text!r} alone below a line that does not end (the answer or explanation of question {n}): a page number, or the text's own number? Join it to the line above, or delete it</source>
      <translation>{text!r} 单独一行，位于一行未完的文字下方（第 {n} 题的答案或解析）：是页码，还是正文中的数字？请把它接到上一行，或删除</translation>
    </message>
    <message>
      <source>{text!r} stands {count} times in the file, here inside the question of {where}: a page's running head? Delete it there (or, if it belongs to the question, word the questions apart)</source>
      <translation>{text!r} 在文件中出现 {count} 次，此处夹在{where}的题目中：是页眉吗？请在此处删去（如确属题目内容，请把各题的措辞区分开）</translation>
    </message>
    <message>
      <source>{text!r}: section {n} starts again below an answer key: a second paper in the same file? Lines from here on are not read: import each paper, with its own key, as a file of its own</source>
      <translation>{text!r}：第 {n} 大题在答案表之下又出现：同一文件里有第二套试卷吗？从这里起的各行未读取：请把每套试卷连同它自己的答案表各存为一个文件分别导入</translation>
    </message>
    <message>
      <source>{text!r} in the answer key read as a topic's label above its entries</source>
      <translation>答案表中的 {text!r} 读作其下各条答案的专题标签</translation>
    </message>
    <message>
      <source>{text!r} below the answer key's table read as its date: not stored</source>
      <translation>答案表格下方的 {text!r} 被视为答案的日期：未导入</translation>
    </message>
    <message>
      <source>{text!r} after the answer key: read as an appendix; it and the lines below it are not read</source>
      <translation>答案之后的 {text!r} 作为附录处理；它和它下面的内容都不读取</translation>
    </message>
    <message>
      <source>{text!r} below question {n}'s reference answer: the answer's own lines, or an appendix after the key? An appendix is not imported: delete it from the file; if the lines are the answer's, write them without 附：</source>
      <translation>第 {n} 题参考答案下方的 {text!r}：是答案自己的内容，还是答案之后的附录？附录不会导入：请从文件中删去；如果这些内容属于答案，请去掉“附：”再写</translation>
    </message>
    <message>
      <source>{text!r} in the answer key: the next point of question {n}'s reference answer, or the label of the paper's topic {name}? Number the answer's points otherwise (1、 2、 …), or put the topic's label above a question's entry only</source>
      <translation>答案表中的 {text!r}：是第 {n} 题参考答案的下一个要点，还是试卷专题 {name} 的标签？请改用其他方式给要点编号（1、 2、 …），或只在某题答案之上写专题标签</translation>
    </message>
    <message>
      <source>{text!r} in the answer key below question {n}'s reference answer, which ends announcing its points ({end!r}): the key's label of a topic, and question {n}'s points missing? Write them below its entry</source>
      <translation>答案表中的 {text!r} 位于第 {n} 题参考答案之下，而该答案以引出要点的文字结尾（{end!r}）：这是答案表的专题标签、第 {n} 题的要点缺失了吗？请把要点写在该题答案之下</translation>
    </message>
    <message>
      <source>the answer key's entries below {text!r} are numbered from {n} again: number them on as the questions are ({m}. …)</source>
      <translation>答案表中 {text!r} 之下的答案又从 {n} 开始编号：请按试题的题号接着编号（{m}. …）</translation>
    </message>
    <message>
      <source>{text!r}: a section heading naming no question type Xuefa reads (单项选择题, 多项选择题, 判断题, 填空题, 简答题); its questions are read as under no heading (a choice by its answer's letters, any other refused). Name its type in the heading (三、简答题)</source>
      <translation>{text!r}：这个大题标题没有写明学法能读取的题型（单项选择题、多项选择题、判断题、填空题、简答题）；其下的试题按没有标题处理（选择题按答案字母判断单选或多选，其他题不予导入）。请在标题中写明题型（如“三、简答题”）</translation>
    </message>
    <message>
      <source>{said!r} read as question {n}, whose number has no mark after it (write {n}. or {n}、)</source>
      <translation>{said!r} 读作第 {n} 题，其题号后没有标点（请写成 {n}. 或 {n}、）</translation>
    </message>
    <message>
      <source>a question of the section {name}, which is not a kind this product has (单选, 多选, 判断, 填空, 简答)</source>
      <translation>属于“{name}”部分的试题，本产品没有此题型（单选、多选、判断、填空、简答）</translation>
    </message>
    <message>
      <source>{text!r} below question {m}, whose line does not end: the rest of a wrapped line, or question {n}? It cannot be told: join the lines (or number the questions in order)</source>
      <translation>{text!r} 位于第 {m} 题之下，而上一行没有结束：这是折行的后半部分，还是第 {n} 题？无法判断：请把两行合并（或按顺序为试题编号）</translation>
    </message>
    <message>
      <source>{text!r}: options shared by several questions are not a kind Xuefa has; write the options under each question</source>
      <translation>{text!r}：本系统没有多道题共用备选答案的题型；请在每道题下分别写出选项</translation>
    </message>
    <message>
      <source>{text!r} read as a topic's title: {name} is the category of the questions below it (a 知识点： line of their own wins)</source>
      <translation>{text!r} 读作专题标题：{name} 作为其下各题的分类（试题自己的“知识点：”行优先）</translation>
    </message>
    <message>
      <source>a table of data ({text}) in no question: a question keeps text only, so the question below it and those that ask about it are left out; write what they need from it into their stems as text, or delete it</source>
      <translation>数据表（{text}）不属于任何试题：试题只能保存文字，因此它下面的一道题以及提到它的试题都未导入；请把这些题需要的数据以文字写进各自的题干，或删除此表</translation>
    </message>
    <message>
      <source>a picture above the first question of its section: put it below the stem of its question</source>
      <translation>图片位于本大题第一道题之前：请把它放到所属试题的题干下方</translation>
    </message>
    <message>
      <source>{text!r} is numbered by Word's automatic numbering, which is not part of the text: the number would be lost, so the question of {where} is not imported; select the list, turn the numbering off (开始 → 编号 → 无) and type the numbers</source>
      <translation>{text!r} 使用了 Word 的自动编号，编号不属于文字：编号会丢失，所以{where}的试题不导入；请选中该列表，关闭编号（开始 → 编号 → 无），再手工输入编号</translation>
    </message>
    <message>
      <source>{text!r} inside the explanation of question {n}: a question without its number above it? Number it (1. 1、 （1）)</source>
      <translation>{text!r} 位于第 {n} 题的解析之中：上面是否有一道漏了题号的试题？请给它加上题号（1. 1、 （1））</translation>
    </message>
    <message>
      <source>{text!r}: a mark before option {key}'s letter (the right option?) is not read; write the option as {key}. and its text, and the answer on a line of its own (答案：{key})</source>
      <translation>{text!r}：选项 {key} 字母前的标记（表示正确选项？）不会被读取；请把选项写成 {key}. 加选项内容，答案另起一行写明（答案：{key}）</translation>
    </message>
    <message>
      <source>pictures on a line of several options: which picture is whose cannot be told; put each option on its own line (A. and its picture)</source>
      <translation>一行中有多个选项和图片：无法判断哪张图片属于哪个选项；请把每个选项单独放一行（A. 和它的图片）</translation>
    </message>
    <message>
      <source>{text!r}: options must go on in order after {value} (A. B. C. …)</source>
      <translation>{text!r}：选项须接在 {value} 之后依次排列（A. B. C. …）</translation>
    </message>
    <message>
      <source>{text!r}: option {key} seems to be written here without its mark; write {key}. and its text</source>
      <translation>{text!r}：选项 {key} 似乎写在这里却缺少标记；请写成“{key}.”加选项内容</translation>
    </message>
    <message>
      <source>a second answer line ({text!r}) for the question of {where}: keep one</source>
      <translation>{where}的试题有第二个答案行（{text!r}）：请只保留一个</translation>
    </message>
    <message>
      <source>the words after the answer {answer!r} read as its explanation (解析)</source>
      <translation>答案 {answer!r} 后面的文字读作该题的解析</translation>
    </message>
    <message>
      <source>{text!r} after the answer in the stem's brackets ({said}): the answer's reason? The learner would read it: move it into a 解析： line</source>
      <translation>题干括号中的答案（{said}）后面有 {text!r}：是答案的理由吗？考生会看到它：请移到“解析：”行</translation>
    </message>
    <message>
      <source>material for several questions (材料：…) that no question below goes with{named}: number the questions it is for right below it (回答1-2题 names them)</source>
      <translation>多道题共用的材料（材料：…）下面没有对应的试题{named}：请把它所对应的试题紧接着写在它下面（用“回答1-2题”注明题号）</translation>
    </message>
    <message>
      <source>question {n} is followed by numbers that start again at 1: a numbered list inside it, read as questions; number its points ① ② …</source>
      <translation>第 {n} 题后面的编号又从 1 开始：这是题内的编号列表，会被读成试题；请把各点改用 ① ② … 编号</translation>
    </message>
    <message>
      <source>the reference answer below question {last} gives {count} points numbered as the questions {first}–{last} above it, which have none: each question's answer in turn, or question {last}'s own points? Which cannot be told, so these {count} questions are left out; write each question's answer below it (答：…), or number the points of one answer ① ② …</source>
      <translation>第 {last} 题下的参考答案分 {count} 点，编号与其上没有答案的第 {first}–{last} 题相同：是各题依次的答案，还是第 {last} 题自己的要点？无法判断，因此这 {count} 道题未导入；请把每道题的答案写在该题下方（答：…），或把一道题答案的要点编为 ① ② …</translation>
    </message>
    <message>
      <source>below the material for questions {first}-{last}, question number {n} stands twice: its facts numbered like its questions (1、 2、)? Number the facts ① ② …, or write them without numbers</source>
      <translation>第 {first}-{last} 题的材料下方，题号 {n} 出现了两次：材料内容是否也像试题一样编了号（1、 2、）？请把材料内容编为 ① ② …，或不加编号</translation>
    </message>
    <message>
      <source>question number {n} stands more than once in its section: a numbered list inside a question (1. 2. or （1）（2）) reads as questions; number its points ① ② …, or correct the numbers</source>
      <translation>题号 {n} 在本部分出现了不止一次：题目中的编号列表（1. 2. 或（1）（2））会被读成试题；请把各点改为 ① ② … 编号，或改正题号</translation>
    </message>
    <message>
      <source>{text!r} above the first section heading, with no options and no answer: read as instructions, not a question</source>
      <translation>{text!r} 在第一个大题标题之上，没有选项也没有答案：作为说明文字读取，不是试题</translation>
    </message>
    <message>
      <source>{text!r} above a section heading read as a title, not as part of the question above it</source>
      <translation>{text!r} 在题型标题之上，读作标题，不作为上一题的内容</translation>
    </message>
    <message>
      <source>every question under {name} has options (A. B. …): read as choice questions, single or multiple by their answers</source>
      <translation>“{name}”下的每道题都有选项（A. B. …）：按选择题读入，单选或多选由答案决定</translation>
    </message>
    <message>
      <source>{said!r}: the questions of this section are numbered （一）（二）…, read as 1. 2. …</source>
      <translation>{said!r}：本大题的试题以（一）（二）…编号，按 1. 2. …读入</translation>
    </message>
    <message>
      <source>{text!r}: a second sub-question of question {m} (a case with sub-questions, 案例分析)? Xuefa has no such kind: write each sub-question as a question of its own, with the case in its stem</source>
      <translation>{text!r}：是第 {m} 题的第二个小题吗（带小题的案例分析）？本系统没有这种题型：请把每个小题写成一道独立的试题，把案例写进题干</translation>
    </message>
    <message>
      <source>{text!r}: the next point of the numbered list in the explanation above, or question {n}? It cannot be told: number the list's points ① ② …</source>
      <translation>{text!r}：是上面解析中编号列表的下一点，还是第 {n} 题？无法判断：请把列表各点改为 ① ② … 编号</translation>
    </message>
    <message>
      <source>question {m}: its explanation's numbered list goes on into the number of the question below it ({n}), which cannot be told apart: number the list's points ① ② …</source>
      <translation>第 {m} 题：其解析中的编号列表与下面一题的题号（{n}）接续，无法区分：请用 ① ② … 为列表各点编号</translation>
    </message>
    <message>
      <source>question {n} goes with the material at {where}? That material names no questions: say which questions it is for (回答1-3题), and put other questions above it or under a heading of their own</source>
      <translation>第 {n} 题是否属于{where}的材料？该材料未注明对应题号：请注明它对应哪些题（回答1-3题），其他试题请放在材料之前或另起标题</translation>
    </message>
    <message>
      <source>question {n} stands below the material at {where}, which names questions {first}-{last}: is it one of them? Correct the numbers the material names (回答26-27题) or the question's</source>
      <translation>第 {n} 题位于{where}的材料之下，而该材料注明的是第 {first}-{last} 题：这道题是否属于其中？请改正材料注明的题号（回答26-27题）或这道题的题号</translation>
    </message>
    <message>
      <source>{said!r} after the topic's title is left out: a question keeps its own points, not a topic's total; write them per question (每小题2分) if they should be kept</source>
      <translation>专题标题后的 {said!r} 未保留：每道题只记自己的分值，不记一个专题的总分；如需保留，请按每小题写明（每小题2分）</translation>
    </message>
    <message>
      <source>the questions below the topic {text!r} are numbered from {n} again: number them on through the section ({m}. {m1}. …), or give each topic a section heading of its own (一、单选题 …)</source>
      <translation>专题 {text!r} 下方的试题又从 {n} 开始编号：请在本大题内接续编号（{m}. {m1}. …），或为每个专题单独设一个大题标题（一、单选题 …）</translation>
    </message>
    <message>
      <source>{said!r} after the shared stem's mark is left out: a question keeps its own points, not a group's total; write them per question (每题2分) if they should be kept</source>
      <translation>共用题干标记后的 {said!r} 未保留：每道题只记自己的分值，不记一组题的总分；如需保留，请按每题写明（每题2分）</translation>
    </message>
    <message>
      <source>the material names questions {first} and {last} but not {gaps} between them: material goes before the questions in a row below it; number the questions it serves one after another, or write its facts into each one's stem</source>
      <translation>材料注明了第 {first} 题和第 {last} 题，却没有注明其间的第 {gaps} 题：材料只能用于其下连续的几道题；请把它所用的题目连续编号，或把材料内容写进每道题的题干</translation>
    </message>
    <message>
      <source>{text!r}: text under the section {name}, which is not a kind this product has (单选, 多选, 判断, 填空, 简答); skipped with the section</source>
      <translation>{text!r}：位于“{name}”部分之下，本产品没有这种题型（单选、多选、判断、填空、简答）；已随该部分跳过</translation>
    </message>
    <message>
      <source>{text!r} below a section heading read as the section's instructions, not a question</source>
      <translation>大题标题下方的 {text!r} 读作本大题的说明，不是试题</translation>
    </message>
    <message>
      <source>{text!r} read as the rest of option {key}'s text (a remark there belongs in 解析)</source>
      <translation>{text!r} 被当作选项 {key} 的后续文字读取（如是备注，请放入“解析”）</translation>
    </message>
    <message>
      <source>{text!r} below the reference answer of question {n}, right above question {m}, read as the answer's last words: if it is the start of question {m}'s stem, put it after the number</source>
      <translation>{text!r} 位于第 {n} 题参考答案之下、紧挨在第 {m} 题上方，已作为参考答案的末尾读入：如果它是第 {m} 题题干的开头，请把它移到题号之后</translation>
    </message>
    <message>
      <source>{text!r} ends with {mark} right above question {n}: the start of its stem? Put it after the number ({n}. {text}…), or delete it</source>
      <translation>{text!r} 以 {mark} 结尾，紧挨在第 {n} 题上方：是该题题干的开头吗？请把它移到题号之后（{n}. {text}…），或删除</translation>
    </message>
    <message>
      <source>{text!r} below question {n}, which is a whole statement already: a question without its number? Number it, or join the lines</source>
      <translation>{text!r} 位于第 {n} 题之下，而该题已是完整的一句：是漏了题号的另一道题吗？请给它加上题号，或把这两行合并</translation>
    </message>
    <message>
      <source>a case put before the stems of the questions at {shown}: it names none (回答1-2题), so it went with each one up to the next case or heading; check them in the preview</source>
      <translation>案例已放在 {shown} 处各题题干之前：案例未注明题号（回答1-2题），因此归入其后直到下一个案例或标题之前的每道题；请在预览中核对</translation>
    </message>
    <message>
      <source>{n}. below question {m}: a point of a numbered list inside that question, not a question; number its points ① ② …</source>
      <translation>第 {m} 题下方的 {n}. 是该题内编号列表的一点，不是试题；请把各点改用 ① ② … 编号</translation>
    </message>
    <message>
      <source>question {n} has {fewer} options where the other questions of its section have {usual}: check that no option lost its letter (C.法院军队 written for C.法院 D.军队)</source>
      <translation>第 {n} 题只有 {fewer} 个选项，而本大题其他题目都有 {usual} 个：请检查是否有选项漏写了字母（把 C.法院 D.军队 写成了 C.法院军队）</translation>
    </message>
    <message>
      <source>question {n} is left out: its answer may be in the reference answer below question {last} (at {where})</source>
      <translation>第 {n} 题未导入：它的答案可能在第 {last} 题下的参考答案中（{where}）</translation>
    </message>
    <message>
      <source>question {n} is named by the material at {where} but stands under the next section heading, where the material does not reach: put the questions a material serves in one section, or write its facts into this question's stem</source>
      <translation>第 {n} 题由 {where} 的材料注明，却位于下一个大题标题之下，材料管不到那里：请把同一材料所用的试题放在同一大题内，或把材料内容写进本题题干</translation>
    </message>
    <message>
      <source>{text!r} below the answer key, with options, numbered as a question the key has answered: a second paper in the same file? Lines from here on are not read: import each paper, with its own key, as a file of its own</source>
      <translation>{text!r} 位于答案之后，带有选项，题号是答案已给出的题号：同一文件中有第二套试卷？从这里起的内容未读取：请把每套试卷连同其答案分别存为单独的文件导入</translation>
    </message>
    <message>
      <source>{text!r} in the section heading read as the section's instructions, not a question</source>
      <translation>大题标题中的 {text!r} 读作本大题的说明，不是试题</translation>
    </message>
    <message>
      <source>the questions of this section seem numbered （一）（二）…, but the numerals below repeat or skip, lines numbered 1. 2. stand among them, or answers below 答案/参考答案 are numbered （一）（二） too (an answer's own points, or a key at the end?): number the questions 1. 2. …, and an answer's points ① ② …</source>
      <translation>本大题的试题似乎以（一）（二）…编号，但下面的编号有重复或跳号、夹有 1. 2. 编号的行，或“答案/参考答案”下面的答案也以（一）（二）编号（是否答案中的要点，或文末的答案？）：请把试题编为 1. 2. …，把答案要点编为 ① ② …</translation>
    </message>
    <message>
      <source>material for questions {first}-{last}, though the material at {where} names some of them too: which questions go with which material cannot be told; correct the numbers they name</source>
      <translation>第 {first}-{last} 题的材料，而{where}的材料也注明了其中部分题号：无法判断哪些题对应哪份材料；请更正材料注明的题号</translation>
    </message>
    <message>
      <source>material for questions {first}-{last} below question {n}, which it names too: which questions go with which material cannot be told; correct the numbers it names</source>
      <translation>第 {first}-{last} 题的材料位于第 {n} 题之下，而它也注明了该题：无法判断哪些题对应哪份材料；请更正材料注明的题号</translation>
    </message>
    <message>
      <source>{text!r}: a difficulty is 易, 较易, 中, 较难, 难 or 1–5</source>
      <translation>{text!r}：难度应为 易、较易、中、较难、难 或 1–5</translation>
    </message>
    <message>
      <source>{text!r}: an option marked with a bullet (•) has no letter: options are read as A. B. C. …; write A. before the first, B. before the next …</source>
      <translation>{text!r}：用项目符号（•）标出的选项没有字母：选项按 A. B. C. … 读入；请在第一个前写 A.，下一个前写 B.，依此类推</translation>
    </message>
    <message>
      <source>a picture between two questions: which one it belongs to cannot be told; put it right below the stem that says 如下图, or say 如上图 in the stem below it</source>
      <translation>图片位于两道题之间，无法判断属于哪一道：请把它放在写有“如下图”的题干正下方，或在其下方试题的题干中写明“如上图”</translation>
    </message>
    <message>
      <source>material for questions {first}-{last} put before the stem of each (at {shown}); check them in the preview</source>
      <translation>第 {first}-{last} 题共用的材料已放在每道题的题干之前（{shown}）；请在预览中核对</translation>
    </message>
    <message>
      <source>question {n} is left out: a line that may be its own could not be read (said above or below)</source>
      <translation>第 {n} 题未导入：可能属于它的某一行无法读取（见上方或下方的说明）</translation>
    </message>
    <message>
      <source>{text!r} below question {n}, while question(s) {waiting} above have no reference answer either: question {n}'s own answer, or the answer key of them all? Give each question its own 答： line, or head the key with its section (一、1. … 2. …)</source>
      <translation>第 {n} 题下面的 {text!r}，而上面的第 {waiting} 题也没有参考答案：这是第 {n} 题自己的答案，还是所有试题的答案表？请给每道题写上自己的“答：”行，或在答案表前标明所属大题（一、1. … 2. …）</translation>
    </message>
    <message>
      <source>{text!r} in the answer key, above a section's heading: read as a title or a remark, not stored</source>
      <translation>答案中大题标题上方的 {text!r}：视为标题或备注，不予保存</translation>
    </message>
    <message>
      <source>{text!r} among questions numbered （一）（二）…: a topic's title? It cannot be told from the questions' own numbers: number the questions 1. 2. … (a title （一）刑法 above them is then a topic), or delete it</source>
      <translation>{text!r} 夹在以（一）（二）…编号的试题中间：是专题标题吗？它与试题自己的编号无法区分：请把试题编为 1. 2. …（这样其上方的（一）刑法 就作为专题读入），或删去它</translation>
    </message>
    <message>
      <source>{text!r} below the explanation of question {n}: a remark or a tag (考点：, 出处：, 易错题)? Xuefa keeps no such field: write it into the 解析 line's text, or delete it</source>
      <translation>{text!r} 位于第 {n} 题的解析之下：这是备注或标签（考点：、出处：、易错题）吗？本系统不保存这类内容：请写入解析文字中，或删除</translation>
    </message>
    <message>
      <source>{text!r} below question {n}: a section heading? It names no question type Xuefa reads (单项选择题, 多项选择题, 判断题, 填空题, 简答题); name one of them, or delete the line if it belongs to no section</source>
      <translation>第 {n} 题下方的 {text!r} 是大题标题吗？它不是本系统能读取的题型（单项选择题、多项选择题、判断题、填空题、简答题）；请改为其中之一，若不属于任何大题请删除该行</translation>
    </message>
    <message>
      <source> (it names questions {first}-{last})</source>
      <translation>（材料注明的是第 {first}-{last} 题）</translation>
    </message>
    <message>
      <source>material for questions {first}-{last}, but only {count} question(s) below go with it: a question lost in copying, or merged into the one above it? Check the numbers</source>
      <translation>材料对应第 {first}-{last} 题，但下方只有 {count} 道题与之对应：是否有试题在复制中丢失，或并入了上一题？请核对题号</translation>
    </message>
    <message>
      <source>{text!r} below a section heading is neither a numbered question nor only the section's instructions: if it is the case or material of the questions below, put it under a 案例分析题 heading or say which questions it serves (阅读下列材料，回答1-2题); if it is a question, number it (1. 1、); if it only tells how to answer, delete it</source>
      <translation>大题标题下方的 {text!r} 既不是带题号的试题，也不只是本大题的说明：如果这是下面试题的案情或材料，请把它放在“案例分析题”标题下，或写明它用于哪几题（阅读下列材料，回答1-2题）；如果这是一道试题，请给它编号（1. 1、）；如果它只是说明如何作答，请删去</translation>
    </message>
    <message>
      <source>{text!r} between the explanation of question {n} and the next question, in a section of cases: the explanation's last words, or facts the next question goes with? It cannot be told: join it to the 解析 line, or give the facts a case's number of their own (（三）…) or 材料：</source>
      <translation>在案例题部分，{text!r} 位于第 {n} 题的解析与下一题之间：这是解析的最后一段，还是下一题所用的案情？无法判断：请把它并入解析行，或给案情单独编号（（三）…）或标明“材料：”</translation>
    </message>
    <message>
      <source>{text!r} is not part of the question: below the options only 答案：, 解析：, 难度：, 知识点： and 分值： lines are read; move it into 解析, or delete it</source>
      <translation>{text!r} 不属于试题：选项下方只读取“答案：”“解析：”“难度：”“知识点：”和“分值：”行；请把它移入解析，或删除</translation>
    </message>
    <message>
      <source>{text!r} is not part of the question: below its answer only 解析：, 难度：, 知识点： and 分值： lines are read; move it into 解析, or delete it</source>
      <translation>{text!r} 不属于试题：答案下方只读取“解析：”“难度：”“知识点：”和“分值：”行；请把它移入解析，或删除</translation>
    </message>
    <message>
      <source>{text!r} below option {key} is neither the next option (its letter and a mark: {next}.) nor an answer line: a question without its number, a mistyped option, or a remark for 解析?</source>
      <translation>{text!r} 位于选项 {key} 之下，既不是下一个选项（字母加标记：{next}.），也不是答案行：是漏了题号的试题、写错标记的选项，还是应放入“解析”的备注？</translation>
    </message>
    <message>
      <source>{text!r} below question {n}, whose stem has ended: a remark or a tag (易错题, 2023年真题)? It belongs in 解析, or delete it; if it is the stem's own text, end it with its punctuation (。)</source>
      <translation>{text!r} 位于第 {n} 题之下，而题干已经结束：这是备注或标签（易错题、2023年真题）吗？请移入“解析”或删除；如确属题干，请在其末尾加上标点（。）</translation>
    </message>
    <message>
      <source>{text!r} is not a numbered question (1. 1、 （1）) nor a section heading</source>
      <translation>{text!r} 既不是带题号的试题（1. 1、 （1）），也不是大题标题</translation>
    </message>
    <message>
      <source>{text!r} read as option {key}'s text, its letter left at the end of the line above</source>
      <translation>{text!r} 已作为选项 {key} 的文字读取（该选项的字母留在了上一行末尾）</translation>
    </message>
    <message>
      <source>{text!r} below the explanation of question {n}, right above question {m}, read as the explanation's last words: if it is the facts question {m} goes with, put it in that question's stem, or above it as 材料：…</source>
      <translation>第 {n} 题解析下方、紧挨第 {m} 题上方的 {text!r} 已作为解析的最后一段读入：如果它是第 {m} 题所用的案情，请写进该题题干，或在其上方标明“材料：…”</translation>
    </message>
    <message>
      <source>{text!r} below question {n} read as part of its stem (what the answer must do)</source>
      <translation>第 {n} 题下方的 {text!r} 已作为题干的一部分读取（对作答的要求）</translation>
    </message>
    <message>
      <source>{text!r} is not part of the question: below a question only 答案：, 解析：, 难度：, 知识点： and 分值： lines are read (a part or section heading only as 一、单项选择题 …); move it into 解析, or delete it</source>
      <translation>{text!r} 不属于试题：试题下方只读取“答案：”“解析：”“难度：”“知识点：”和“分值：”行（部分或大题标题只按“一、单项选择题 …”读取）；请把它移入解析，或删除</translation>
    </message>
    <message>
      <source>{text!r} in the answer key below question {n}'s reference answer: a line of that answer, or a topic's label out of place? Number the answer's points in order, and put a topic's label above the entries of its questions</source>
      <translation>答案表中第 {n} 题参考答案之下的 {text!r}：是该答案的一行，还是放错位置的专题标签？请按顺序给答案的要点编号，并把专题标签放在其各题答案之上</translation>
    </message>
    <message>
      <source>{text!r} read as a title, not a question</source>
      <translation>{text!r} 被当作标题读取，不是试题</translation>
    </message>
    <message>
      <source>{text!r} below option {key}, whose line is too short to have been wrapped (or has ended): a remark (it belongs in 解析), or the rest of the option? Join it to the option's line, or move it into 解析</source>
      <translation>{text!r} 位于选项 {key} 之下，而该选项一行很短不会折行（或已结束）：这是备注（应写在“解析”中），还是选项的后半部分？请把它并入选项所在行，或移入“解析”</translation>
    </message>
    <message>
      <source>{count:,} files in the package; at most {MAX_PACKAGE_FILES:,}</source>
      <translation>包中有 {count:,} 个文件；最多 {MAX_PACKAGE_FILES:,} 个</translation>
    </message>
    <message>
      <source>the parts unpack to {total:,} bytes; at most {MAX_UNPACKED_BYTES:,}</source>
      <translation>各部件解压后共 {total:,} 字节；最多 {MAX_UNPACKED_BYTES:,} 字节</translation>
    </message>
    <message>
      <source>not a QTI assessment item (the root is &lt;{tag}&gt;)</source>
      <translation>不是 QTI 试题（根元素是 &lt;{tag}&gt;）</translation>
    </message>
    <message>
      <source>the item is generated from template variables ({items}), whose values Xuefa cannot draw: export the item with its values written in</source>
      <translation>此题由模板变量（{items}）生成，学法无法抽取这些变量的值：请导出已写入具体数值的试题</translation>
    </message>
    <message>
      <source>item {number} ({part})</source>
      <translation>第 {number} 项（{part}）</translation>
    </message>
    <message>
      <source>not a readable QTI item: {message}</source>
      <translation>不是可读的 QTI 试题：{message}</translation>
    </message>
    <message>
      <source>item {title!r}: {value} is not a kind this product has</source>
      <translation>试题 {title!r}：本产品没有 {value} 这种题型</translation>
    </message>
    <message>
      <source>left out: feedback shown after answering ({items}); put what a learner should read afterwards into the explanation</source>
      <translation>未读取：作答后显示的反馈（{items}）；请把考生作答后应看到的内容写入解析</translation>
    </message>
    <message>
      <source>{count} choices; at most {count2} (A–H) are supported</source>
      <translation>有 {count} 个选项；最多支持 {count2} 个（A–H）</translation>
    </message>
    <message>
      <source>the correct response names {items}, which is not a choice</source>
      <translation>正确答案指向 {items}，它不是选项</translation>
    </message>
    <message>
      <source>a single-choice item (maxChoices 1) needs exactly one correct value, has {count}</source>
      <translation>单选题（maxChoices 1）须恰有一个正确值，现有 {count} 个</translation>
    </message>
    <message>
      <source>imsmanifest.xml: {message}</source>
      <translation>imsmanifest.xml：{message}</translation>
    </message>
    <message>
      <source>not a readable QTI package: {exc}</source>
      <translation>不是可读的 QTI 包：{exc}</translation>
    </message>
    <message>
      <source>struck-through text “{text}”</source>
      <translation>删除线文字“{text}”</translation>
    </message>
    <message>
      <source>the package holds two parts named {name}: rename one, or build the package again</source>
      <translation>题库包中有两个同名的部分 {name}：请改名其中一个，或重新生成题库包</translation>
    </message>
    <message>
      <source>the package names a part outside itself ({name}): build it again</source>
      <translation>题库包中有指向包外的部分（{name}）：请重新生成题库包</translation>
    </message>
    <message>
      <source>a QTI content package needs an imsmanifest.xml at its top</source>
      <translation>QTI 内容包的顶层须有 imsmanifest.xml</translation>
    </message>
    <message>
      <source>the manifest lists no QTI items</source>
      <translation>清单中没有列出 QTI 试题</translation>
    </message>
    <message>
      <source>the manifest lists the item {href} more than once: a package lists each item once</source>
      <translation>清单中多次列出了试题 {href}：一个题库包中每道试题只应列出一次</translation>
    </message>
    <message>
      <source>blank {rid} has no correct value</source>
      <translation>空 {rid} 没有正确值</translation>
    </message>
    <message>
      <source>left out: {count} item file(s) the manifest does not list: {names}</source>
      <translation>未导入：清单中未列出的 {count} 个试题文件：{names}</translation>
    </message>
    <message>
      <source>no interaction</source>
      <translation>没有作答方式</translation>
    </message>
    <message>
      <source>listed in the manifest but not in the package</source>
      <translation>清单中列出，但包中没有</translation>
    </message>
    <message>
      <source>byte 0x{bad} at byte offset {offset} is not valid {value}{hint}; save the file as UTF-8</source>
      <translation>字节偏移 {offset} 处的字节 0x{bad} 不是有效的 {value}{hint}；请把文件另存为 UTF-8</translation>
    </message>
    <message>
      <source>the formula {formula}</source>
      <translation>公式 {formula}</translation>
    </message>
    <message>
      <source>line {line}: {detail}</source>
      <translation>第 {line} 行：{detail}</translation>
    </message>
    <message>
      <source>NUL characters: probably UTF-16 saved without its byte-order mark; open it in Notepad (记事本) and save it again with 另存为 → 编码 UTF-8</source>
      <translation>文件中有 NUL 字符：可能是保存时没有带字节顺序标记的 UTF-16；请用记事本打开，选“另存为”，编码选 UTF-8 后保存</translation>
    </message>
    <message>
      <source>{count} NUL character(s), the first here: the file was damaged when it was copied, or it is not plain text; open it in Notepad or WPS, check that line and save it as UTF-8 text</source>
      <translation>有 {count} 个空字符（NUL），第一个在这里：文件在复制时损坏了，或者它不是纯文本；请用记事本或 WPS 打开，检查这一行，再另存为 UTF-8 文本</translation>
    </message>
    <message>
      <source>the file declares the encoding {name}, but its bytes are UTF-8: change the declaration to encoding="UTF-8" (or save it again from Moodle)</source>
      <translation>文件声明的编码是 {name}，但内容是 UTF-8：请把声明改为 encoding="UTF-8"（或从 Moodle 重新保存）</translation>
    </message>
    <message>
      <source>more than {most:,} tags (&lt;…&gt;) in one part: a question bank never needs so many; split the file</source>
      <translation>一个部分中有超过 {most:,} 个标签（&lt;…&gt;）：题库不需要这么多；请拆分文件</translation>
    </message>
    <message>
      <source>a question's text holds more than {most:,} HTML tags: no question needs so many; export the file again, or split the text</source>
      <translation>一道题的文字含有超过 {most:,} 个 HTML 标签：试题不需要这么多；请重新导出文件，或拆分文字</translation>
    </message>
    <message>
      <source>the XML declaration names the encoding {name!r}, which is not one this reader knows; save the file as UTF-8</source>
      <translation>XML 声明的编码 {name!r} 无法识别；请把文件另存为 UTF-8</translation>
    </message>
    <message>
      <source>the file declares a DOCTYPE, entities or external references; question-bank files never need them: export it again</source>
      <translation>文件声明了 DOCTYPE、实体或外部引用；题库文件从不需要这些：请重新导出</translation>
    </message>
    <message>
      <source>not well-formed XML (broken off, or a mark out of place) at column {column}: export or save it again</source>
      <translation>XML 格式不正确（内容不完整，或标记位置不对），位置：第 {column} 列：请重新导出或保存</translation>
    </message>
    <message>
      <source>a style sheet (&lt;style&gt;) that hides or strikes text</source>
      <translation>隐藏文字或加删除线的样式表（&lt;style&gt;）</translation>
    </message>
    <message>
      <source>text coloured white “{text}”</source>
      <translation>白色文字“{text}”</translation>
    </message>
    <message>
      <source>not UTF-8, and read as GB18030 most of its Chinese characters are rare ones ({share:.0%} common): it is probably in another encoding (Big5, Shift-JIS): save it as UTF-8 and import it again</source>
      <translation>不是 UTF-8，按 GB18030 读取时大多数汉字是生僻字（常用字仅占 {share:.0%}）：可能是其他编码（Big5、Shift-JIS）：请另存为 UTF-8 后重新导入</translation>
    </message>
    <message>
      <source> (the file declares {name})</source>
      <translation>（文件声明的编码是 {name}）</translation>
    </message>
    <message>
      <source> (the rest of the file is UTF-8, so it is not read as another encoding)</source>
      <translation>（文件其余部分是 UTF-8，所以不按其他编码读取）</translation>
    </message>
    <message>
      <source> (nor GB18030)</source>
      <translation>（也不是有效的 GB18030）</translation>
    </message>
    <message>
      <source>a table</source>
      <translation>表格</translation>
    </message>
    <message>
      <source> (the file is not UTF-8 either; read as GB18030 the text before it is valid)</source>
      <translation>（文件也不是 UTF-8；按 GB18030 读取时此前的文字都有效）</translation>
    </message>
    <message>
      <source>table {number}</source>
      <translation>表格 {number}</translation>
    </message>
    <message>
      <source>the document holds content pasted in from another file (at paragraph {n}), which Word shows but the file does not hold as its own paragraphs: open it in Word or WPS and save it again as .docx (they then become paragraphs), and import that</source>
      <translation>文档中（第 {n} 段处）有从另一个文件嵌入的内容，Word 能显示，但文件并未把它存为自己的段落：请用 Word 或 WPS 打开并另存为 .docx（嵌入内容即变为段落），再导入该文件</translation>
    </message>
    <message>
      <source>a chart</source>
      <translation>一个图表</translation>
    </message>
    <message>
      <source>paragraph {paragraph} is made of more than {count:,} separately formatted pieces, which no question needs: not a bank as Word writes it</source>
      <translation>第 {paragraph} 段由超过 {count:,} 个单独设置格式的片段组成，任何试题都用不到这么多：这不是 Word 正常保存的题库</translation>
    </message>
    <message>
      <source>a formula</source>
      <translation>一个公式</translation>
    </message>
    <message>
      <source>not a Word document (.docx), or a damaged one: open it in Word or WPS and save it again as .docx</source>
      <translation>不是 Word 文档（.docx），或文档已损坏：请在 Word 或 WPS 中打开并重新另存为 .docx</translation>
    </message>
    <message>
      <source>not a Word document (.docx): {message}</source>
      <translation>不是 Word 文档（.docx）：{message}</translation>
    </message>
    <message>
      <source>not a Word document (.docx): its text part is in an encoding that cannot be read ({exc}); save it again from Word</source>
      <translation>不是 Word 文档（.docx）：其正文部件的编码无法读取（{exc}）；请在 Word 中重新保存</translation>
    </message>
    <message>
      <source>the answer key's table: its column(s) {columns} not read (only 题号, 答案 and 解析 are); a question's points go in its section's heading (每题2分) or a 分值： line below it, other words in its 解析 if they should be kept</source>
      <translation>答案表格：其中的 {columns} 列未读取（只读取“题号”“答案”和“解析”列）；题目的分值请写在所在部分的标题中（每题2分）或题目下方的“分值：”行，其他文字如需保留，请写在该题的“解析”中</translation>
    </message>
    <message>
      <source>left out: scoring boxes (得分 | 评卷人), at paragraph(s) {shown}</source>
      <translation>已略去：评分栏（得分 | 评卷人），位于第 {shown} 段</translation>
    </message>
    <message>
      <source>a table of data next to table {number}, whose question at row {row} ({stem}) asks about a table: a question keeps text only, so it is left out; write what it needs from this table into its stem as text, or delete the table</source>
      <translation>表格{number}旁边有一张数据表，而该表第 {row} 行的试题（{stem}）问的是表格内容：试题只能保存文字，因此该题未导入；请把它需要的表格内容以文字写进题干，或删除此数据表</translation>
    </message>
    <message>
      <source>a picture (or a formula, a chart) in a table of questions cannot be kept with its question: put questions with pictures as numbered paragraphs (1. … A. …), or delete the picture</source>
      <translation>试题表格中的图片（或公式、图表）无法随试题保存：请把带图片的试题写成编号段落（1. …… A. ……），或删除图片</translation>
    </message>
    <message>
      <source>a table inside a cell of a table of questions cannot be kept with its question (its cells would become lines of the stem): write the question as numbered paragraphs (1. … A. …) with the table below its stem, or delete the inner table</source>
      <translation>试题表格的单元格内又嵌有表格，无法随试题保留（其单元格会变成题干中的几行）：请把这道题写成带题号的段落（1. … A. …），表格放在题干下方，或删除内嵌的表格</translation>
    </message>
    <message>
      <source>a symbol inserted from the font {symbol} has no text Xuefa knows: type the character itself (√, ≥ …)</source>
      <translation>从字体 {symbol} 插入的符号没有学法可识别的文字：请直接输入该字符（√、≥ …）</translation>
    </message>
    <message>
      <source>paragraph(s) {shown} are numbered by Word's automatic numbering, which is not part of the text: select them, turn the numbering off (开始 → 编号 → 无) and type the numbers, or save as .txt</source>
      <translation>第 {shown} 段使用 Word 的自动编号，编号不属于正文：请选中这些段落，关闭编号（开始 → 编号 → 无）并手工输入题号，或另存为 .txt</translation>
    </message>
    <message>
      <source>left out: phonetic guides (拼音指南) over the text in paragraph(s) {shown}</source>
      <translation>未读取：第 {shown} 段文字上方的拼音指南</translation>
    </message>
    <message>
      <source>left out: hidden text (Word's 隐藏文字) in paragraph(s) {shown}</source>
      <translation>未读取：第 {shown} 段中的隐藏文字（Word 的“隐藏文字”）</translation>
    </message>
    <message>
      <source>paragraph(s) {shown} hold tracked changes (修订): read as if every change were accepted (deleted text left out, inserted text kept); if that is not meant, accept or reject them in Word (审阅) first</source>
      <translation>第 {shown} 段含有修订：已按全部接受修订读取（删除的文字不计，插入的文字保留）；如非此意，请先在 Word 的“审阅”中接受或拒绝修订</translation>
    </message>
    <message>
      <source>a drawing (a shape)</source>
      <translation>一个绘制的形状</translation>
    </message>
    <message>
      <source>white text “{text}” (not seen on the page)</source>
      <translation>白色文字“{text}”（页面上看不到）</translation>
    </message>
    <message>
      <source>the document unpacks to more than {MAX_UNPACKED_BYTES:,} bytes</source>
      <translation>文档解压后超过 {MAX_UNPACKED_BYTES:,} 字节</translation>
    </message>
    <message>
      <source>not a Word document (.docx): it has no word/document.xml</source>
      <translation>不是 Word 文档（.docx）：缺少 word/document.xml</translation>
    </message>
    <message>
      <source>a table of data ({cells} …) next to table {number} that no question asks about (下表, 上表, 表中): not imported; if a question needs it, write its data into that question's stem</source>
      <translation>表格{number}旁边有一张数据表（{cells} …），没有试题提到它（下表、上表、表中）：未导入；如果某道题需要它，请把其中的数据写进那道题的题干</translation>
    </message>
    <message>
      <source>a table starts here whose first row is no header: to be read as a table of questions, give it a header row (题型, 题目, 选项A, 选项B …, 答案) as in the Excel template</source>
      <translation>此处开始的表格第一行不是表头：要按试题表格读取，请像 Excel 模板那样给它加上表头行（题型、题目、选项A、选项B……、答案）</translation>
    </message>
    <message>
      <source>a text box</source>
      <translation>文本框</translation>
    </message>
    <message>
      <source>the questions stacked in this table do not have the same fields ({first} for the first, {these} for the one from this row): give every question the same rows, in the same order, or one table each</source>
      <translation>本表格中上下排列的几道试题字段不一致（第一道为 {first}，从本行起的一道为 {these}）：请让每道题有相同的行、相同的顺序，或每道题用一个表格</translation>
    </message>
    <message>
      <source>embedded object</source>
      <translation>嵌入对象</translation>
    </message>
    <message>
      <source>a footnote</source>
      <translation>一个脚注</translation>
    </message>
    <message>
      <source>the server address starts with https://, e.g. https://192.168.1.10:8470 (the administrator gives it with the code)</source>
      <translation>服务器地址须以 https:// 开头，例如 https://192.168.1.10:8470（管理员会与注册码一并提供）</translation>
    </message>
    <message>
      <source>give the enrolment code (--code), or the certificate's fingerprint (--fingerprint) to wait for the administrator's approval</source>
      <translation>请给出注册码（--code），或给出证书指纹（--fingerprint）以等待管理员批准</translation>
    </message>
    <message>
      <source>this code has two groups: give the server's certificate fingerprint too (--fingerprint), or the whole code of six groups</source>
      <translation>该注册码只有两组：请同时给出服务器的证书指纹（--fingerprint），或输入完整的六组注册码</translation>
    </message>
    <message>
      <source>the enrolment code is not complete: it has six groups of five characters; check it</source>
      <translation>注册码不完整：注册码共六组、每组五个字符，请核对</translation>
    </message>
    <message>
      <source>the folder {folder} does not exist: make it first, or give another place</source>
      <translation>文件夹 {folder} 不存在：请先建立它，或换一个位置</translation>
    </message>
    <message>
      <source>--fingerprint {pin} is not a certificate fingerprint: `xuefa-server tls show` prints it (groups of letters and digits)</source>
      <translation>--fingerprint {pin} 不是证书指纹：`xuefa-server tls show` 会显示它（由字母和数字组成的若干组）</translation>
    </message>
    <message>
      <source>the rest of this command's output was not shown: whatever was reading it stopped (the command itself went on); run it again without | if you need all of it</source>
      <translation>此命令其余的输出没有显示：读取输出的程序已停止（命令本身已继续执行完毕）；如需全部输出，请去掉 | 再运行一次</translation>
    </message>
    <message>
      <source>this command's output could not be written ({reason}): free some space or write it elsewhere, and run it again</source>
      <translation>此命令的输出无法写入（{reason}）：请腾出空间或改写到别处，然后再运行一次</translation>
    </message>
    <message>
      <source>this is not an enrolment file of Xuefa (a room's .json file from `devices room-file`)</source>
      <translation>这不是学法的注册文件（应为 `devices room-file` 生成的考场 .json 文件）</translation>
    </message>
    <message>
      <source>{name} is not in the enrolment file of {room}: give one of its PC names ({names})</source>
      <translation>{name} 不在 {room} 的注册文件中：请给出其中的某个机器名（{names}）</translation>
    </message>
    <message>
      <source>a general paper ("general" under papers) is required</source>
      <translation>必须有普通试卷（papers 下的 "general"）</translation>
    </message>
    <message>
      <source>the duration must be at least one minute</source>
      <translation>考试时长至少为 1 分钟</translation>
    </message>
    <message>
      <source>the window's times need a time zone, like 2026-06-01T08:00:00+08:00</source>
      <translation>考试时间窗的时间须带时区，例如 2026-06-01T08:00:00+08:00</translation>
    </message>
    <message>
      <source>at least one attempt is needed</source>
      <translation>至少须允许考 1 次</translation>
    </message>
    <message>
      <source>the window ends before it starts</source>
      <translation>考试时间窗的结束时间早于开始时间</translation>
    </message>
    <message>
      <source>pass mark {pass_mark} is outside 1 to {total} (the {paper} paper's total points)</source>
      <translation>及格分 {pass_mark} 不在 1 到 {total}（{paper} 试卷的总分）之间</translation>
    </message>
    <message>
      <source>{where}{field} is not a field an exam file takes (a misspelling? the fields are {known})</source>
      <translation>{where}考试文件没有 {field} 这一项（是否拼错？可用的项为 {known}）</translation>
    </message>
    <message>
      <source>{field} is missing</source>
      <translation>缺少 {field}</translation>
    </message>
    <message>
      <source>{field} must be a whole number, not {value}</source>
      <translation>{field} 须是整数，而不是{value}</translation>
    </message>
    <message>
      <source>{field} must be a date and time like 2026-06-01T08:00:00+08:00, not {value}</source>
      <translation>{field} 须是日期和时间，例如 2026-06-01T08:00:00+08:00，而不是 {value}</translation>
    </message>
    <message>
      <source>{field} must be true or false, not {value}</source>
      <translation>{field} 须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <source>counting must be best or last, not {value}</source>
      <translation>counting 须是 best（取最高）或 last（取最后一次），而不是 {value}</translation>
    </message>
    <message>
      <source>lockdown must be an object, not {value}</source>
      <translation>lockdown 须是对象，而不是{value}</translation>
    </message>
    <message>
      <source>lockdown: {field} must be enforce, warn or off, not {value}</source>
      <translation>lockdown：{field} 须是 enforce、warn 或 off，而不是 {value}</translation>
    </message>
    <message>
      <source>lockdown: {field} must be a whole number, 0 or more, not {value}</source>
      <translation>lockdown：{field} 须是不小于 0 的整数，而不是 {value}</translation>
    </message>
    <message>
      <source>eligibility must be an object, not {value}</source>
      <translation>eligibility 须是对象，而不是{value}</translation>
    </message>
    <message>
      <source>eligibility: {field} must be a list of texts</source>
      <translation>eligibility：{field} 须是文本列表</translation>
    </message>
    <message>
      <source>eligibility: {field} must be true or false, not {value}</source>
      <translation>eligibility：{field} 须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <source>{source}: the file holds {value}, not an exam (an object with exam_id, title, papers …)</source>
      <translation>{source}：文件内容是{value}，不是考试定义（应为含 exam_id、title、papers 等的对象）</translation>
    </message>
    <message>
      <source>{source}: {problems}</source>
      <translation>{source}：{problems}</translation>
    </message>
    <message>
      <source>papers must be an object of papers, like {{"general": [sections]}}, not {value}</source>
      <translation>papers 须是试卷对象，例如 {{"general": [题型段]}}，而不是{value}</translation>
    </message>
    <message>
      <source>papers names no paper: give at least {{"general": [sections]}}</source>
      <translation>papers 中没有试卷：至少要有 {{"general": [题型段]}}</translation>
    </message>
    <message>
      <source>paper {paper} must be a list of sections, not {value}</source>
      <translation>试卷 {paper} 须是题型段列表，而不是{value}</translation>
    </message>
    <message>
      <source>paper {paper} has no sections: give at least one (type, count, points)</source>
      <translation>试卷 {paper} 没有题型段：至少要有一段（type、count、points）</translation>
    </message>
    <message>
      <source>paper {paper}, section {n}: </source>
      <translation>试卷 {paper} 第 {n} 段：</translation>
    </message>
    <message>
      <source>lockdown: programs must be a list of program names (texts)</source>
      <translation>lockdown：programs 须是程序名称（文本）的列表</translation>
    </message>
    <message>
      <source>eligibility: min_study_points must be a whole number, 0 or more, not {value}</source>
      <translation>eligibility：min_study_points 须是不小于 0 的整数，而不是 {value}</translation>
    </message>
    <message>
      <source>{source}: not a text file in UTF-8 (save it as UTF-8 JSON)</source>
      <translation>{source}：不是 UTF-8 文本文件（请另存为 UTF-8 编码的 JSON）</translation>
    </message>
    <message>
      <source>{source}: not a JSON file (line {line}: {what}); check the brackets, commas and quotes there</source>
      <translation>{source}：不是有效的 JSON 文件（第 {line} 行：{what}）；请检查该处的括号、逗号和引号</translation>
    </message>
    <message>
      <source>{source}: cannot be read ({reason})</source>
      <translation>{source}：无法读取（{reason}）</translation>
    </message>
    <message>
      <source>paper {paper}, section {n} must be an object (type, count, points), not {value}</source>
      <translation>试卷 {paper} 第 {n} 段须是对象（type、count、points），而不是{value}</translation>
    </message>
    <message>
      <source>paper {paper}, section {n} has no type (单选, 多选, 判断, 填空, 简答)</source>
      <translation>试卷 {paper} 第 {n} 段没有题型（单选、多选、判断、填空、简答）</translation>
    </message>
    <message>
      <source>paper {paper}, section {n}: count must be a whole number of questions, at least 1</source>
      <translation>试卷 {paper} 第 {n} 段：count（题数）须是整数，至少为 1</translation>
    </message>
    <message>
      <source>paper {paper}, section {n}: points must be a whole number, at least 1</source>
      <translation>试卷 {paper} 第 {n} 段：points（每题分值）须是整数，至少为 1</translation>
    </message>
    <message>
      <source>paper {paper}, section {n}: category must be text</source>
      <translation>试卷 {paper} 第 {n} 段：category（分类）须是文本</translation>
    </message>
    <message>
      <source>{field} is empty</source>
      <translation>{field} 为空</translation>
    </message>
    <message>
      <source>{source}: a value is not in the form docs/question-banks.md describes ({detail})</source>
      <translation>{source}：有一项的格式不符合 docs/question-banks.md 的说明（{detail}）</translation>
    </message>
    <message>
      <source>paper {paper}, section {n}: the type {type} is not a question type (单选, 多选, 判断, 填空, 简答)</source>
      <translation>试卷 {paper} 第 {n} 段：{type} 不是题型（单选、多选、判断、填空、简答）</translation>
    </message>
    <message>
      <source>the text is cut off or damaged</source>
      <translation>内容不完整或已损坏</translation>
    </message>
    <message>
      <source>{path} is damaged: put back the copy from the last backup</source>
      <translation>{path} 已损坏：请放回最近一次备份中的副本</translation>
    </message>
    <message>
      <source>{path} is not a key file of the kind needed here ({kind})</source>
      <translation>{path} 不是此处需要的密钥文件（{kind}）</translation>
    </message>
    <message>
      <source>{path} cannot be read as a key file: put back the copy from the last backup</source>
      <translation>{path} 无法作为密钥文件读取：请放回最近一次备份中的副本</translation>
    </message>
    <message>
      <source>question {id}: {problem}</source>
      <translation>试题 {id}：{problem}</translation>
    </message>
    <message>
      <source>{code} is not a start code (12 letters and digits, like K7QM-2XHD-9RTF)</source>
      <translation>{code} 不是开考码（12 位字母和数字，例如 K7QM-2XHD-9RTF）</translation>
    </message>
    <message>
      <source>at least one results recipient is needed</source>
      <translation>至少需要一个成绩接收方</translation>
    </message>
    <message>
      <source>the proctor password needs at least {most} characters (it makes every proctor code of the exam; a generated one is best)</source>
      <translation>监考密码至少需要 {most} 个字符（本场考试的所有监考码都由它生成；最好使用自动生成的密码）</translation>
    </message>
    <message>
      <source>the proctor password must not be the start code (the start code is read out to the room)</source>
      <translation>监考密码不能与开考码相同（开考码会向全场宣读）</translation>
    </message>
    <message>
      <source>the package would be {size} MB; a station takes at most {most} MB: use fewer or smaller pictures in the questions it draws from</source>
      <translation>考试包将有 {size} MB，考试机最多接受 {most} MB：请减少所抽试题中的图片，或使用更小的图片</translation>
    </message>
    <message>
      <source>the {paper} paper: {problem}</source>
      <translation>{paper} 试卷：{problem}</translation>
    </message>
    <message>
      <source>the same question id appears in more than one bank file</source>
      <translation>同一试题编号出现在多个题库文件中</translation>
    </message>
    <message>
      <source>a start code has 12 letters and digits, e.g. K7QM-2XHD-9RTF</source>
      <translation>开考码由 12 个字母和数字组成，例如 K7QM-2XHD-9RTF</translation>
    </message>
    <message>
      <source>give --courses, --plan or --practice</source>
      <translation>请给出 --courses、--plan 或 --practice</translation>
    </message>
    <message>
      <source>issuer key written to {private_path} (keep it safe), public key to {pub}</source>
      <translation>出题单位密钥已写入 {private_path}（请妥善保管），公钥写入 {pub}</translation>
    </message>
    <message>
      <source>fingerprint {fingerprint}</source>
      <translation>指纹 {fingerprint}</translation>
    </message>
    <message>
      <source>results key written to {private_path}, public key to {pub}</source>
      <translation>成绩密钥已写入 {private_path}，公钥写入 {pub}</translation>
    </message>
    <message>
      <source>template written to {path}</source>
      <translation>模板已写入 {path}</translation>
    </message>
    <message>
      <source>package written to {out} ({questions} questions, {size:,} bytes)</source>
      <translation>考试包已写入 {out}（{questions} 道题，{size:,} 字节）</translation>
    </message>
    <message>
      <source>start code: {code}</source>
      <translation>开考码：{code}</translation>
    </message>
    <message>
      <source>written {file} ({size:,} bytes)</source>
      <translation>已写入 {file}（{size:,} 字节）</translation>
    </message>
    <message>
      <source>{private_path} exists already; refusing to overwrite a key</source>
      <translation>{private_path} 已存在；拒绝覆盖密钥</translation>
    </message>
    <message>
      <source>cannot build the package: {exc}</source>
      <translation>无法生成考试包：{exc}</translation>
    </message>
    <message>
      <source>cannot build the study files: {exc}</source>
      <translation>无法生成学习文件：{exc}</translation>
    </message>
    <message>
      <source>section {n} needs {count} {kind} question(s), the bank has {available}</source>
      <translation>第 {n} 段需要 {count} 道{kind}题，题库中只有 {available} 道</translation>
    </message>
    <message>
      <source>section {n} needs {count} {kind} question(s) in category {category}, the bank has {available}</source>
      <translation>第 {n} 段需要 {count} 道分类为 {category} 的{kind}题，题库中只有 {available} 道</translation>
    </message>
    <message>
      <source>single-choice</source>
      <translation>单选</translation>
    </message>
    <message>
      <source>multiple-choice</source>
      <translation>多选</translation>
    </message>
    <message>
      <source>short-answer</source>
      <translation>简答</translation>
    </message>
    <message>
      <source>points {points} is not between 1 and 1000</source>
      <translation>分值 {points} 不在 1 到 1000 之间</translation>
    </message>
    <message>
      <source>difficulty {difficulty} is not between 1 and 5</source>
      <translation>难度 {difficulty} 不在 1 到 5 之间</translation>
    </message>
    <message>
      <source>duplicate option keys</source>
      <translation>选项键重复</translation>
    </message>
    <message>
      <source>a true/false answer must be T or F</source>
      <translation>判断题的答案须是 T 或 F</translation>
    </message>
    <message>
      <source>{count} pictures; at most {most} per question</source>
      <translation>有 {count} 张图片；每道题最多 {most} 张</translation>
    </message>
    <message>
      <source>a choice question needs at least two options</source>
      <translation>选择题至少需要两个选项</translation>
    </message>
    <message>
      <source>answer {items} is not an option</source>
      <translation>答案 {items} 不是选项</translation>
    </message>
    <message>
      <source>a single-choice question needs exactly one right answer, has {count}</source>
      <translation>单选题须恰有一个正确答案，现有 {count} 个</translation>
    </message>
    <message>
      <source>a multiple-choice question needs at least one right answer</source>
      <translation>多选题至少需要一个正确答案</translation>
    </message>
    <message>
      <source>a {kind} question takes no options: remove them, or make it a choice question</source>
      <translation>{kind}题不能有选项：请删除选项，或改为选择题</translation>
    </message>
    <message>
      <source>a fill-in question needs an accepted answer for every blank</source>
      <translation>填空题的每个空都须有可接受的答案</translation>
    </message>
    <message>
      <source>picture {name} is {size:,} bytes; at most {most:,} (save it smaller)</source>
      <translation>图片 {name} 有 {size:,} 字节；最多 {most:,} 字节（请保存得小一些）</translation>
    </message>
    <message>
      <source>export the results from the station again</source>
      <translation>请在考试机上重新导出成绩</translation>
    </message>
    <message>
      <source>this server sends it again at its next sync-upstream</source>
      <translation>本服务器下次运行 sync-upstream 时会再次发送</translation>
    </message>
    <message>
      <source>this station sends it again at its next sync</source>
      <translation>本机在下次同步时会再次发送</translation>
    </message>
    <message>
      <source>keep this PC as it is (the result is evidence) and call the exam-centre IT staff</source>
      <translation>请保持本机原状（该成绩是证据），并联系考点信息技术人员</translation>
    </message>
    <message>
      <source>the file is not a study file of Xuefa (a plan, course or practice bank: .xfs or .xfc), or it is damaged: copy it again</source>
      <translation>该文件不是学法的学习文件（学习计划、课程或练习题库：.xfs 或 .xfc），或已损坏：请重新复制</translation>
    </message>
    <message>
      <source>the file is not a result file of Xuefa, or it is damaged: export it again</source>
      <translation>该文件不是学法的成绩文件，或已损坏：请重新导出</translation>
    </message>
    <message>
      <source>this server is not among the package's recipients, so it could never take its results: the issuer builds the exam again naming this server's results key (server-results.key.pub)</source>
      <translation>本服务器不在该考试包的接收方之中，永远无法接收其成绩：请出题单位重新生成考试包，并把本服务器的成绩密钥（server-results.key.pub）列为接收方</translation>
    </message>
    <message>
      <source>the file is incomplete (the copy may have been cut off): export it again</source>
      <translation>该文件不完整（复制可能被中断）：请重新导出</translation>
    </message>
    <message>
      <source>the file is damaged: export it again</source>
      <translation>该文件已损坏：请重新导出</translation>
    </message>
    <message>
      <source>this file comes from a station; stations' results are imported at their centre, not here</source>
      <translation>该文件来自考试机；考试机的成绩应在其所属考试中心导入，而不是这里</translation>
    </message>
    <message>
      <source>this file was written by this server (export-bundle) for the server above it: import it there, not here</source>
      <translation>该文件是本服务器（export-bundle）为上级服务器导出的：请到上级服务器导入，而不是在这里</translation>
    </message>
    <message>
      <source>the server that wrote this file is not approved here: if it is a server below this one, approve it first (xuefa-server devices add-server its server-signing.key.pub); another centre's file goes to that centre's own upstream</source>
      <translation>写出该文件的服务器在这里未获批准：如果它是本服务器的下级服务器，请先批准它（xuefa-server devices add-server 其 server-signing.key.pub）；其他考试中心的文件应交给该中心自己的上级</translation>
    </message>
    <message>
      <source>this file comes from a station but carries other stations' results or records: a station's file carries only its own</source>
      <translation>该文件来自考试机，却带有其他考试机的成绩或记录：考试机的文件只带有它自己的</translation>
    </message>
    <message>
      <source>the file is damaged or is not a receipt file: write it again where it came from</source>
      <translation>该文件已损坏或不是回执文件：请在其来源处重新写出</translation>
    </message>
    <message>
      <source>this receipt file names no result of this station: it is another station's, or a centre's (which the centre imports with xuefa-server import-receipts)</source>
      <translation>该回执文件没有提到本考试机的任何成绩：它属于另一台考试机，或属于考试中心（考试中心用 xuefa-server import-receipts 导入）</translation>
    </message>
    <message>
      <source>the file was signed by a server this computer does not trust yet: if it is your centre's, trust it first (xuefa trust-server its server-signing.key.pub)</source>
      <translation>该文件由本机尚未信任的服务器签名：如果它来自您的考试中心服务器，请先信任该服务器（xuefa trust-server 该服务器的 server-signing.key.pub）</translation>
    </message>
    <message>
      <source>the file was signed by a server this computer does not trust yet as its upstream: if it is your upstream's, trust it first (xuefa-server trust-upstream its server-signing.key.pub)</source>
      <translation>该文件由本机尚未信任为上级的服务器签名：如果它来自您的上级服务器，请先信任该服务器（xuefa-server trust-upstream 该服务器的 server-signing.key.pub）</translation>
    </message>
    <message>
      <source>this receipt file was written here, for a bundle imported here: carry it back to where that bundle came from and import it there (a station: xuefa import-receipts FILE; a server below: xuefa-server import-receipts FILE); this server takes only the receipt files its upstream writes</source>
      <translation>该回执文件是本服务器为在此导入的成绩包写出的：请带回该成绩包的来源处并在那里导入（考试机：xuefa import-receipts 文件；下级服务器：xuefa-server import-receipts 文件）；本服务器只接收其上级写出的回执文件</translation>
    </message>
    <message>
      <source>the file is not an exam package, or it is damaged: copy it again</source>
      <translation>该文件不是考试包，或已损坏：请重新复制</translation>
    </message>
    <message>
      <source>the file is incomplete (the copy may have been cut off): copy it again</source>
      <translation>该文件不完整（复制可能被中断）：请重新复制</translation>
    </message>
    <message>
      <source>the file was changed after it was signed: ask the issuer for the original</source>
      <translation>该文件在签名后被改动过：请向出题单位索取原件</translation>
    </message>
    <message>
      <source>the issuer of this file is not trusted here (trust-issuer its public key file)</source>
      <translation>这里不信任该文件的出题单位（用 trust-issuer 导入其公钥文件）</translation>
    </message>
    <message>
      <source>the file was made by a newer Xuefa: update this computer's Xuefa</source>
      <translation>该文件由更新版本的学法生成：请升级本机的学法</translation>
    </message>
    <message>
      <source>the file's content is not valid: ask the issuer for a corrected file</source>
      <translation>该文件内容无效：请向出题单位索取更正后的文件</translation>
    </message>
    <message>
      <source>the file was made with settings too weak to be safe: ask the issuer for a new file</source>
      <translation>该文件所用的安全参数过弱：请向出题单位索取新文件</translation>
    </message>
    <message>
      <source>the exam was not issued for the centre this station sends its results to, so its results could never be counted there; nothing was imported: ask the exam office for the package issued for your centre</source>
      <translation>该考试不是为本考试机所属的考试中心发布的，其成绩在那里永远无法计入；未导入任何内容：请向考试主管部门索取为本中心发布的考试包</translation>
    </message>
    <message>
      <source>the file is not a roster file of Xuefa, or it is damaged: export it again</source>
      <translation>该文件不是学法的名单文件，或已损坏：请重新导出</translation>
    </message>
    <message>
      <source>the roster file holds an unreadable entry: export it again</source>
      <translation>名单文件中有无法读取的条目：请重新导出</translation>
    </message>
    <message>
      <source>the file's signature does not verify: it is damaged or was changed; get the original again</source>
      <translation>该文件的签名校验不通过：文件已损坏或被改动；请重新获取原件</translation>
    </message>
    <message>
      <source>the server cannot be reached (check the network cable and the server address; is the server running?)</source>
      <translation>无法连接服务器（请检查网线和服务器地址；服务器是否在运行？）</translation>
    </message>
    <message>
      <source>the computer at the server's address is not the server trusted here (tell the administrator; if the server was replaced, enrol again)</source>
      <translation>服务器地址上的电脑不是这里信任的服务器（请告知管理员；如果服务器确已更换，请重新注册）</translation>
    </message>
    <message>
      <source>the server address must start with https:// (for example https://192.168.1.10:8470; check it with the administrator; http:// only for a server on this same computer); a PC enrolled with an http:// address enrols again with a new code</source>
      <translation>服务器地址须以 https:// 开头（例如 https://192.168.1.10:8470；请向管理员核对；只有服务器就在本机时才可用 http://）；以 http:// 地址注册的电脑须用新的注册码重新注册</translation>
    </message>
    <message>
      <source>this computer was enrolled before the server used encrypted connections: enrol again</source>
      <translation>本机是在服务器启用加密连接之前注册的：请重新注册</translation>
    </message>
    <message>
      <source>the server does not know this computer, or has not approved it yet: ask the administrator (xuefa-server devices list)</source>
      <translation>服务器不认识本机，或尚未批准：请询问管理员（xuefa-server devices list）</translation>
    </message>
    <message>
      <source>the server has revoked this computer: ask the administrator</source>
      <translation>服务器已吊销本机：请询问管理员</translation>
    </message>
    <message>
      <source>this computer's enrolment has expired: enrol it again with a new code</source>
      <translation>本机的注册已过期：请用新的注册码重新注册</translation>
    </message>
    <message>
      <source>this computer's clock differs too much from the server's: set the date and time</source>
      <translation>本机时钟与服务器相差太大：请调准日期和时间</translation>
    </message>
    <message>
      <source>this enrolment code was already used: each computer needs its own code</source>
      <translation>该注册码已被使用：每台电脑需要各自的注册码</translation>
    </message>
    <message>
      <source>this enrolment code has expired: ask for a new one</source>
      <translation>该注册码已过期：请索取新的注册码</translation>
    </message>
    <message>
      <source>this enrolment code was withdrawn: a newer room file or code replaced it; use the newest one, or ask for a new code</source>
      <translation>该注册码已作废：已被更新的考场注册文件或注册码取代；请使用最新的，或索取新的注册码</translation>
    </message>
    <message>
      <source>this computer is already approved at that server for another unit than the code's; the code was not used: ask the administrator (xuefa-server devices approve --unit moves it)</source>
      <translation>本机已在该服务器获准服务另一个单位，与注册码的单位不同；注册码未被使用：请联系管理员（xuefa-server devices approve --unit 可调整）</translation>
    </message>
    <message>
      <source>this enrolment code is for a PC of an exam room, not for a server: ask the administrator above for a server's code (xuefa-server devices code --server)</source>
      <translation>此注册码供考场内的考试机使用，不能注册服务器：请向上级管理员索取服务器的注册码（xuefa-server devices code --server）</translation>
    </message>
    <message>
      <source>this enrolment code is for a station (an exam PC), not for a server: ask the administrator above for a server's code (xuefa-server devices code --server)</source>
      <translation>此注册码供考试机使用，不能注册服务器：请向上级管理员索取服务器的注册码（xuefa-server devices code --server）</translation>
    </message>
    <message>
      <source>this enrolment code is for a lower exam centre's server, not for a station: ask the centre's administrator for a PC's code or the room's enrolment file</source>
      <translation>此注册码供下级考试中心服务器使用，不能注册考试机：请向考点管理员索取考试机的注册码或考场注册文件</translation>
    </message>
    <message>
      <source>this server has no upstream yet: set it first (xuefa-server set-upstream URL --code …)</source>
      <translation>本服务器还没有上级：请先设置（xuefa-server set-upstream 地址 --code …）</translation>
    </message>
    <message>
      <source>the address reaches a Xuefa server, but with a path it does not serve: give the address as the server's `serve` prints it (for example https://192.168.1.10:8470), with nothing after the port</source>
      <translation>该地址能连到学法服务器，但所带路径不是服务器提供的：请按服务器 `serve` 显示的地址填写（例如 https://192.168.1.10:8470），端口号后面不要再加任何内容</translation>
    </message>
    <message>
      <source>the computer at that address answers, but it is not a Xuefa server: check the address and the port</source>
      <translation>该地址上的电脑有应答，但不是学法服务器：请检查地址和端口</translation>
    </message>
    <message>
      <source>the computer at that address is not the server the code or file names: check the address and the code with the administrator</source>
      <translation>该地址上的电脑不是注册码或注册文件所指的服务器：请与管理员核对地址和注册码</translation>
    </message>
    <message>
      <source>the enrolment code is not right: check it, or ask for a new one</source>
      <translation>注册码不正确：请核对，或索取新的注册码</translation>
    </message>
    <message>
      <source>this is a provincial server: a station enrols at its exam centre; ask the centre for an enrolment code or file</source>
      <translation>这是省级服务器：考试机应在所属考试中心注册；请向考试中心索取注册码或考场注册文件</translation>
    </message>
    <message>
      <source>the server's answer was not what Xuefa expects (a device between this computer and the server, or a server of another version): nothing was changed here; try again, and tell the administrator if it stays so</source>
      <translation>服务器的应答不是学法预期的内容（本机与服务器之间有其他设备，或服务器版本不同）：本机未做任何更改；请重试，若仍如此请告知管理员</translation>
    </message>
    <message>
      <source>the server is busy: wait a minute and try again</source>
      <translation>服务器正忙：请等一分钟再试</translation>
    </message>
    <message>
      <source>the server took the request but no answer came back (it stopped, or the network dropped): nothing is lost here; sync again, and what already arrived there is counted once</source>
      <translation>服务器收到了请求，但没有回复（服务器停止了，或网络中断）：本机数据没有丢失；请再同步一次，已送达的内容只会计入一次</translation>
    </message>
    <message>
      <source>the proxy in front of the server answered that the server behind it stopped or is busy: nothing is lost here; sync again in a few minutes, and tell the server's administrator if it stays so</source>
      <translation>服务器前面的代理回复说，其后的服务器已停止或正忙：本机没有丢失任何数据；请过几分钟再同步；如果一直如此，请告诉服务器管理员</translation>
    </message>
    <message>
      <source>the server cannot reach its database just now: nothing is lost here; sync again in a few minutes, and tell the server's administrator if it stays so</source>
      <translation>服务器暂时连不上它的数据库：本机没有丢失任何数据；请过几分钟再同步；如果一直如此，请告诉服务器管理员</translation>
    </message>
    <message>
      <source>the server failed while answering: nothing is lost here; sync again in a few minutes, and tell the server's administrator if it stays so (its log says why)</source>
      <translation>服务器在应答时出错：本机没有丢失任何数据；请过几分钟再同步；如果一直如此，请告诉服务器管理员（服务器日志里有原因）</translation>
    </message>
    <message>
      <source>the computer at that address answers, but without encryption (https): the server may have been started without TLS (xuefa-server serve --no-tls), or the address names another program; ask the administrator</source>
      <translation>该地址上的电脑有应答，但未使用加密连接（https）：服务器可能未启用加密（xuefa-server serve --no-tls），或该地址是另一个程序；请询问管理员</translation>
    </message>
    <message>
      <source>the computer at that address closed the connection: if the server uses encryption, its address begins with https:// (check the address with the administrator)</source>
      <translation>该地址上的电脑断开了连接：如果服务器使用加密连接，其地址应以 https:// 开头（请向管理员核对地址）</translation>
    </message>
    <message>
      <source>the server answered without a signed receipt for some results: they stay on this computer and go again at the next sync</source>
      <translation>服务器对部分成绩的应答没有签名回执：这些成绩保留在本机，下次同步时再次发送</translation>
    </message>
    <message>
      <source>too many requests from this computer: wait a minute and try again</source>
      <translation>本机请求过于频繁：请等一分钟再试</translation>
    </message>
    <message>
      <source>the proxy address is not right: give it as http://host:port</source>
      <translation>代理地址不正确：请写成 http://主机:端口</translation>
    </message>
    <message>
      <source>the proxy did not pass the connection on: check the proxy address, and that the proxy lets this computer reach the upstream</source>
      <translation>代理没有转发连接：请检查代理地址，并确认该代理允许本机访问上级服务器</translation>
    </message>
    <message>
      <source>the station that sealed it is not approved here: if it is one of this centre's stations, approve it (xuefa-server devices list), then import the same file again; another centre's station delivers to its own centre</source>
      <translation>封存该成绩的考试机未在本服务器获批：如果它是本中心的考试机，请先批准（xuefa-server devices list），再重新导入同一文件；其他考试中心的考试机应向其所属中心上传</translation>
    </message>
    <message>
      <source>the station signed it with another key than the one approved here (was it reinstalled?): keep the file and ask IT to enrol the station again</source>
      <translation>考试机所用的签名密钥与本服务器批准的不同（是否重装过？）：请保留该文件，并请信息技术人员重新注册该考试机</translation>
    </message>
    <message>
      <source>the station it came from (a result or a record) was revoked here: keep the file and tell the administrator</source>
      <translation>发来它（成绩或记录）的考试机已在本服务器被吊销：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the station's enrolment had expired when it sealed the result: enrol the station again, then import the same file again</source>
      <translation>考试机封存成绩时注册已过期：请重新注册该考试机，再重新导入同一文件</translation>
    </message>
    <message>
      <source>the station's certificate does not verify here: the file is damaged, or came through a server not approved here</source>
      <translation>考试机证书在本服务器验证不通过：文件已损坏，或经由未获本服务器批准的服务器转来</translation>
    </message>
    <message>
      <source>a station may deliver only its own results</source>
      <translation>考试机只能上交本机的成绩</translation>
    </message>
    <message>
      <source>it came through a station, not a server: a station may deliver only its own results</source>
      <translation>它经由一台考试机而非服务器送来：考试机只能交付它自己的成绩</translation>
    </message>
    <message>
      <source>the result was changed after it was sealed: keep the file and tell the administrator</source>
      <translation>成绩在封存后被改动：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the result's record of answers was changed after it was written: keep the file and tell the administrator</source>
      <translation>答题记录在写入后被改动：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the result was sealed for another server: import it where the exam came from</source>
      <translation>该成绩是为另一服务器封存的：请在考试下发方的服务器导入</translation>
    </message>
    <message>
      <source>the exam of this result is not on this server: import the exam package first (xuefa-server import-package), then the same file again</source>
      <translation>本服务器没有该成绩所属的考试：请先导入考试包（xuefa-server import-package），再重新导入同一文件</translation>
    </message>
    <message>
      <source>the exam package of this result cannot be read here: import the exam package again, then the same file</source>
      <translation>本服务器无法读取该成绩所属的考试包：请重新导入考试包，再导入同一文件</translation>
    </message>
    <message>
      <source>the result does not match its exam: keep the file and tell the administrator</source>
      <translation>成绩与其考试不符：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the result's paper does not follow from its exam: keep the file and tell the administrator</source>
      <translation>成绩的试卷与其考试不符：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the learner may not sit this exam (not enough study points by the deadline, or not among the exam's learners)</source>
      <translation>该考生不能参加此考试（截止时学习积分不足，或不在该考试的参考人员之列）</translation>
    </message>
    <message>
      <source>a different result with the same id is already stored here (an alert was raised): keep the file and tell the administrator</source>
      <translation>本服务器已存有编号相同但内容不同的成绩（已发出警示）：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>the same result was refused just before, in this file</source>
      <translation>同一成绩刚才已在本文件中被拒收</translation>
    </message>
    <message>
      <source>a different study record with the same id is already stored here (an alert was raised): keep the file and tell the administrator</source>
      <translation>本服务器已存有编号相同但内容不同的学习及账号记录（已发出警示）：请保留该文件并告知管理员</translation>
    </message>
    <message>
      <source>refused ({code}); run the command again with --verbose for the detail</source>
      <translation>被拒收（{code}）；加 --verbose 重新运行该命令可查看详情</translation>
    </message>
    <message>
      <source>the result was sealed for another server than the upstream: keep it here and tell the administrator</source>
      <translation>该成绩是为上级以外的另一台服务器封存的：请保留在本服务器并告知管理员</translation>
    </message>
    <message>
      <source>the exam was not issued for this centre's server, which can never take its results: they stay here; export them to a USB file and ask whoever issued the exam where to take it</source>
      <translation>该考试不是为本考试中心服务器下发的，本考试中心服务器永远无法接收其成绩：成绩保留在本机；请将成绩导出到U盘文件，并询问该考试的下发单位应交往何处</translation>
    </message>
    <message>
      <source>the file was refused ({code}); see the log for the detail</source>
      <translation>该文件被拒收（{code}）；详情见日志</translation>
    </message>
    <message>
      <source>the server answered with an error ({code}); run the command again with --verbose for the detail</source>
      <translation>服务器返回错误（{code}）；加 --verbose 再次运行命令可查看详情</translation>
    </message>
    <message>
      <source>it does not exist</source>
      <translation>不存在</translation>
    </message>
    <message>
      <source>no permission</source>
      <translation>没有权限</translation>
    </message>
    <message>
      <source>the disk is full</source>
      <translation>磁盘已满</translation>
    </message>
    <message>
      <source>the drive is read-only</source>
      <translation>驱动器为只读</translation>
    </message>
    <message>
      <source>it is a folder</source>
      <translation>这是一个文件夹</translation>
    </message>
    <message>
      <source>a part of the path is not a folder</source>
      <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
      <source>it exists already</source>
      <translation>已经存在</translation>
    </message>
    <message>
      <source>the result is damaged: {again}</source>
      <translation>成绩已损坏：{again}</translation>
    </message>
    <message>
      <source>the result's record of answers cannot be read: {again}</source>
      <translation>成绩中的答题记录无法读取：{again}</translation>
    </message>
    <message>
      <source>the result's signature does not verify (damaged or changed): {again}</source>
      <translation>成绩签名验证不通过（已损坏或被改动）：{again}</translation>
    </message>
    <message>
      <source>the upstream does not hold the exam of this result: its administrator imports the exam package there; {later}</source>
      <translation>上级没有该成绩所属的考试：请上级管理员在上级导入该考试包；{later}</translation>
    </message>
    <message>
      <source>the upstream cannot read the exam package of this result: its administrator imports the package there again; {later}</source>
      <translation>上级无法读取该成绩所属的考试包：请上级管理员在上级重新导入该考试包；{later}</translation>
    </message>
    <message>
      <source>the upstream does not accept the station that sealed it through this server: ask the upstream's administrator; {later}</source>
      <translation>上级不接受经本服务器转来的、封存该成绩的考试机：请联系上级管理员；{later}</translation>
    </message>
    <message>
      <source>this station is not approved at the server: the centre admin approves it (xuefa-server devices list); {later}</source>
      <translation>本机尚未获服务器批准：请考点管理员批准本机（xuefa-server devices list）；{later}</translation>
    </message>
    <message>
      <source>this station's enrolment had expired when it sealed the result: enrol the station again with a new code from the centre admin; {later}</source>
      <translation>本机封存该成绩时注册已过期：请向考点管理员索取新的注册码，重新注册本机；{later}</translation>
    </message>
    <message>
      <source>the server knows this station by another key (was it reinstalled?): {keep}</source>
      <translation>服务器记录的本机密钥与现在不同（本机是否重装过？）：{keep}</translation>
    </message>
    <message>
      <source>this station was revoked at the server: {keep}</source>
      <translation>本机已在服务器上被吊销：{keep}</translation>
    </message>
    <message>
      <source>the result is damaged: {keep}</source>
      <translation>该成绩已损坏：{keep}</translation>
    </message>
    <message>
      <source>the result's record of answers cannot be read: {keep}</source>
      <translation>该成绩的作答记录无法读取：{keep}</translation>
    </message>
    <message>
      <source>the result's signature does not verify: {keep}</source>
      <translation>该成绩的签名验证不通过：{keep}</translation>
    </message>
    <message>
      <source>the server does not hold the exam of this result: the centre admin imports the exam package (xuefa-server import-package); {later}</source>
      <translation>服务器上没有该成绩所属的考试：请考点管理员导入考试包（xuefa-server import-package）；{later}</translation>
    </message>
    <message>
      <source>the server cannot read the exam package of this result: the centre admin imports it again; {later}</source>
      <translation>服务器无法读取该成绩所属的考试包：请考点管理员重新导入；{later}</translation>
    </message>
    <message>
      <source>the file could not be read or written ({reason}): check the drive and the path</source>
      <translation>无法读写该文件（{reason}）：请检查驱动器和路径</translation>
    </message>
    <message>
      <source>the file is not text this program can read: {why}</source>
      <translation>文件不是本程序能读取的文本：{why}</translation>
    </message>
    <message>
      <source>the file is not a Word document (.docx); an old .doc must be saved as .docx</source>
      <translation>该文件不是 Word 文档（.docx）；旧的 .doc 文件请另存为 .docx</translation>
    </message>
    <message>
      <source>the Word document cannot be read: open it in Word or WPS and save it again</source>
      <translation>无法读取该 Word 文档：请用 Word 或 WPS 打开后重新保存</translation>
    </message>
    <message>
      <source>the Word file unpacks to more than 64 MB: not one statute</source>
      <translation>该 Word 文件解压后超过 64 MB，不是一部法规</translation>
    </message>
    <message>
      <source>no articles (lines beginning 第…条) were found in 《{title}》</source>
      <translation>在《{title}》中未找到条文（以“第…条”开头的行）</translation>
    </message>
    <message>
      <source>and {count} more like these</source>
      <translation>另有 {count} 处类似情况</translation>
    </message>
    <message>
      <source>the file has no title line</source>
      <translation>该文件没有标题行</translation>
    </message>
    <message>
      <source>the first line is {length:,} characters long, not a statute's name: put the name (e.g. 中华人民共和国宪法) alone on the first line</source>
      <translation>第一行有 {length:,} 个字符，不是法规名称：请把法规名称（如 中华人民共和国宪法）单独放在第一行</translation>
    </message>
    <message>
      <source>the first line ({line}) begins like an article or a heading, not like a statute's name: put the name (e.g. 中华人民共和国宪法) alone on the first line</source>
      <translation>第一行（{line}）像是条文或标题的开头，不是法规名称：请把法规名称（如 中华人民共和国宪法）单独放在第一行</translation>
    </message>
    <message>
      <source>an excerpt (节选): only the articles in the file are held</source>
      <translation>节选本：只收录文件中有的条文</translation>
    </message>
    <message>
      <source>no articles (lines beginning 第…条) were found in 《{title}》; it has {count} items numbered 一、二、, which are read only in an amendment or a decision (its name ends 修正案 or 决定)</source>
      <translation>《{title}》中没有找到条文（以“第…条”开头的行）；其中有 {count} 项以一、二、编号的内容，这种编号只在修正案或决定（名称以“修正案”或“决定”结尾）中读取</translation>
    </message>
    <message>
      <source>{label}: the text {text}… stands after the heading {heading} and before any article; it was kept with this article, check it</source>
      <translation>{label}：“{text}…”这段文字位于标题 {heading} 之后、任何条文之前，已并入本条，请核对</translation>
    </message>
    <message>
      <source>{label} begins right after a line that does not end a sentence; check the text before it</source>
      <translation>{label} 紧接在一个未结束的句子之后；请核对它前面的文字</translation>
    </message>
    <message>
      <source>{label} appears twice; both are kept</source>
      <translation>{label} 出现了两次；两处都已保留</translation>
    </message>
    <message>
      <source>left out where it stands between the text's lines: {line} (a page's running head)</source>
      <translation>夹在正文各行之间的“{line}”已略去（页眉）</translation>
    </message>
    <message>
      <source>{label}: the line ending {end} fills the copy's width, so the next was joined to it; check whether a paragraph begins there</source>
      <translation>{label}：以“{end}”结尾的一行占满了整行宽度，因此已与下一行连接；请核对那里是否另起一段</translation>
    </message>
    <message>
      <source>{label}: a line beginning {text}… was read as the rest of the line before, not as a new article</source>
      <translation>{label}：以“{text}…”开头的一行被当作上一行的延续，而不是新的条文</translation>
    </message>
    <message>
      <source>an enrolment code has six groups of five characters; check it</source>
      <translation>注册码共六组、每组五个字符，请核对</translation>
    </message>
    <message>
      <source>{url} is not a server address: it starts with https:// (or http:// on this PC)</source>
      <translation>{url} 不是服务器地址：地址以 https:// 开头（本机上也可以是 http://）</translation>
    </message>
    <message>
      <source>{url} is plain HTTP to another computer; Xuefa servers speak HTTPS off this PC: use https://</source>
      <translation>{url} 是连到另一台电脑的未加密 HTTP 地址；学法服务器在本机以外只用 HTTPS：请改用 https://</translation>
    </message>
    <message>
      <source>The demo centre is running at {url} (only this PC reaches it).

Learners (number, name, initial password; the first login asks for a new one, which is theirs from then on):
{learners}
Proctor console: {proctor} / {proctor_password}   (the window titled 监考台; also 监考工具 on a login page)
Centre administrator: {admin} / {admin_password}   (管理… on a station's login page)
{today}
With no network: start code {start_code}, proctor password {proctor_pc_password}.

Close the windows or press Ctrl+C here to stop the demo; {folder} keeps everything for next time
(delete it to begin afresh).</source>
      <translation>演示考试中心已在 {url} 运行（只有本机能访问）。

考生（学号、姓名、初始密码；首次登录时须设新密码，此后使用新密码）：
{learners}
监考台：{proctor} / {proctor_password}（标题为“监考台”的窗口；登录页上的“监考工具”也可打开）
考试中心管理员：{admin} / {admin_password}（考试机登录页上的“管理…”）
{today}
无网络时：开考码 {start_code}，监考密码 {proctor_pc_password}。

关闭各窗口或在此按 Ctrl+C 即停止演示；{folder} 保留全部数据供下次使用
（删除该文件夹即可重新开始）。</translation>
    </message>
    <message>
      <source>the demo server did not answer on port {port}</source>
      <translation>演示服务器在端口 {port} 上没有响应</translation>
    </message>
    <message>
      <source>No sitting today: every demo learner has used the exam's attempts. Delete {folder} to begin afresh.</source>
      <translation>今天没有场次：每位演示考生都已用完考试次数。删除 {folder} 即可重新开始。</translation>
    </message>
    <message>
      <source>Today's sitting: {room}, starts {starts}; every learner above with an attempt left is seated. A learner who logs in at a
station of {room} waits until the proctor starts it in the console.</source>
      <translation>今日场次：{room}，{starts} 开考；以上尚有考试次数的考生均已排座。考生在{room}的考试机上登录后，
等待监考员在监考台宣布开考。</translation>
    </message>
    <message>
      <source>port {port} is in use (another program, or the demo already running): stop it, or give another --port</source>
      <translation>端口 {port} 已被占用（其他程序，或演示已在运行）：请先停止它，或用 --port 换一个端口</translation>
    </message>
    <message>
      <source>the demo server stopped at once (exit {code}): is port {port} in use? Try --port</source>
      <translation>演示服务器启动后立即退出（退出码 {code}）：端口 {port} 是否已被占用？请用 --port 换一个端口</translation>
    </message>
    <message>
      <source>made the demo centre server in {folder}</source>
      <translation>已在 {folder} 建立演示考试中心服务器</translation>
    </message>
    <message>
      <source>the demo cannot start: {why}</source>
      <translation>演示无法启动：{why}</translation>
    </message>
    <message>
      <source>enrolled the demo station {name}</source>
      <translation>已注册演示考试机 {name}</translation>
    </message>
    <message>
      <source>the demo station {name} could not be enrolled: {why}</source>
      <translation>演示考试机 {name} 未能注册：{why}</translation>
    </message>
    <message>
      <source>the demo server in {server} is damaged (it holds no exam): delete {folder} and run again</source>
      <translation>{server} 中的演示服务器已损坏（其中没有考试）：请删除 {folder} 后重新运行</translation>
    </message>
    <message>
      <source>its first sync failed ({code})</source>
      <translation>首次同步失败（{code}）</translation>
    </message>
  </context>
</TS>
