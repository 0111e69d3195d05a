<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AssetDetailPane</name>
    <message>
        <source>请在左侧选择一件资产</source>
        <translation>Select an asset on the left</translation>
    </message>
    <message>
        <source>这里显示所选资产的资产卡片和履历。

双击或按 Enter 编辑资产；
选中一件或多件后按 Ctrl+H 办理交接；
Ctrl+F 查找，Ctrl+N 新增资产。</source>
        <translation>The card and history of the selected asset appear here.

Double-click or press Enter to edit an asset.
Select one or more and press Ctrl+H for a handover.
Ctrl+F searches, Ctrl+N adds an asset.</translation>
    </message>
    <message>
        <source>资产卡片</source>
        <translation>Asset card</translation>
    </message>
    <message>
        <source>资产履历</source>
        <translation>History</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
</context>
<context>
    <name>AssetEditDialog</name>
    <message>
        <source>新增资产</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>留空自动编号</source>
        <translation>Automatic if left blank</translation>
    </message>
    <message>
        <source>编辑资产 — {number}</source>
        <translation>Edit asset — {number}</translation>
    </message>
    <message>
        <source>编辑时不能批量登记</source>
        <translation>Only new assets can be registered as a batch</translation>
    </message>
    <message>
        <source>批量登记时自动编号</source>
        <translation>Numbered automatically in a batch</translation>
    </message>
    <message>
        <source>请填写资产名称。</source>
        <translation>Enter the asset name.</translation>
    </message>
    <message>
        <source>请从列表中选择资产分类。</source>
        <translation>Choose a category from the list.</translation>
    </message>
    <message>
        <source>原值：{reason}</source>
        <translation>Original value: {reason}</translation>
    </message>
    <message>
        <source>原值必须大于零。</source>
        <translation>The original value must be greater than zero.</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>经费来源</source>
        <translation>Funding source</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>使用部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>没有名为“{text}”的{label}，请从列表中选择。</source>
        <translation>{label}: there is no &quot;{text}&quot;. Choose one from the list.</translation>
    </message>
    <message>
        <source>低于固定资产标准</source>
        <translation>Below the fixed-asset threshold</translation>
    </message>
    <message>
        <source>单价 ¥{value} 低于固定资产价值标准。
低值物品通常按低值易耗品在库房管理。

仍要作为固定资产登记吗？（批量管理的低值耐用品）</source>
        <translation>The unit price ¥{value} is below the fixed-asset threshold.
Low-value items are usually kept as consumables in the stock room.

Register it as a fixed asset anyway? (low-value durables managed in batches)</translation>
    </message>
    <message>
        <source>资产登记</source>
        <translation>Asset registration</translation>
    </message>
    <message>
        <source>基本信息</source>
        <translation>General</translation>
    </message>
    <message>
        <source>资产名称*</source>
        <translation>Asset name*</translation>
    </message>
    <message>
        <source>资产分类*</source>
        <translation>Category*</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model/spec</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>价值与来源</source>
        <translation>Value and source</translation>
    </message>
    <message>
        <source>原值（元）*</source>
        <translation>Original value (¥)*</translation>
    </message>
    <message>
        <source>数量（批量登记）</source>
        <translation>Quantity (batch)</translation>
    </message>
    <message>
        <source>大于 1 时一次登记多件相同的资产，每件单独编号</source>
        <translation>Above 1, registers that many identical assets, each with its own number</translation>
    </message>
    <message>
        <source>购置日期*</source>
        <translation>Purchase date*</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>使用与存放</source>
        <translation>Use and location</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>序列号</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <source>保修截止</source>
        <translation>Warranty until</translation>
    </message>
    <message>
        <source>原资产编号</source>
        <translation>Former asset no.</translation>
    </message>
    <message>
        <source>旧账或财务系统中的编号</source>
        <translation>No. in the old register or finance system</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>AssetPickModel</name>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Spec</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
</context>
<context>
    <name>AssetTableModel</name>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>资产名称</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>资产分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Model/spec</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>原值（元）</source>
        <translation>Orig. value</translation>
    </message>
    <message>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>保管人</source>
        <translation>Custodian</translation>
    </message>
    <message>
        <source>使用部门</source>
        <translation>Department</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>程序遇到意外错误，详细信息已写入日志：{path}</source>
        <translation>An unexpected error occurred. The details were written to the log: {path}</translation>
    </message>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>过账并打印</source>
        <translation>Post and print</translation>
    </message>
    <message>
        <source>过账并生成交接单 PDF（Ctrl+Enter）</source>
        <translation>Post the handover and create the slip as PDF (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>可选资产（只列出前 {n} 件，请输入更多文字缩小范围）</source>
        <translation>Available assets (first {n} only; type more to narrow the search)</translation>
    </message>
    <message>
        <source>可选资产（{n} 件）</source>
        <translation>Available assets ({n})</translation>
    </message>
    <message>
        <source>已选 {count} 件，原值合计 ¥{total}</source>
        <translation>Selected: {count} · Original value: ¥{total}</translation>
    </message>
    <message>
        <source>接收人*</source>
        <translation>Recipient*</translation>
    </message>
    <message>
        <source>接收人</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>使用部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>没有名为“{text}”的{label}，请从列表中选择。</source>
        <translation>{label}: there is no &quot;{text}&quot;. Choose one from the list.</translation>
    </message>
    <message>
        <source>资产交接</source>
        <translation>Asset handover</translation>
    </message>
    <message>
        <source>交接类型</source>
        <translation>Handover type</translation>
    </message>
    <message>
        <source>交接日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>可选资产</source>
        <translation>Available assets</translation>
    </message>
    <message>
        <source>本次交接资产</source>
        <translation>Assets in this handover</translation>
    </message>
    <message>
        <source>输入资产编号、名称或保管人筛选</source>
        <translation>Filter by asset no., name or custodian</translation>
    </message>
    <message>
        <source>已选 0 件，原值合计 ¥0.00</source>
        <translation>Selected: 0 · Original value: ¥0.00</translation>
    </message>
    <message>
        <source>把选中的资产加入本次交接</source>
        <translation>Add the selected assets to this handover</translation>
    </message>
    <message>
        <source>添加 →</source>
        <translation>Add →</translation>
    </message>
    <message>
        <source>把选中的资产移出本次交接</source>
        <translation>Remove the selected assets from this handover</translation>
    </message>
    <message>
        <source>← 移除</source>
        <translation>← Remove</translation>
    </message>
    <message>
        <source>接收方</source>
        <translation>Receiving side</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>移交人</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <source>接收人签字</source>
        <translation>Received by</translation>
    </message>
    <message>
        <source>资产管理员</source>
        <translation>Asset manager</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>校产台账</source>
        <translation>Property register</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>新增资产(&amp;N)…</source>
        <translation>&amp;New asset...</translation>
    </message>
    <message>
        <source>编辑资产(&amp;E)…</source>
        <translation>&amp;Edit asset...</translation>
    </message>
    <message>
        <source>资产交接(&amp;H)…</source>
        <translation>&amp;Handover...</translation>
    </message>
    <message>
        <source>变更状态(&amp;S)…</source>
        <translation>Change &amp;status...</translation>
    </message>
    <message>
        <source>打印交接单(&amp;P)</source>
        <translation>&amp;Print handover slip</translation>
    </message>
    <message>
        <source>交接单记录(&amp;R)…</source>
        <translation>&amp;Reprint a handover slip...</translation>
    </message>
    <message>
        <source>另存为 PDF(&amp;A)…</source>
        <translation>Save PDF &amp;as...</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>基础数据(&amp;B)…</source>
        <translation>&amp;Reference data...</translation>
    </message>
    <message>
        <source>设置(&amp;O)…</source>
        <translation>Se&amp;ttings...</translation>
    </message>
    <message>
        <source>查找(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>刷新(&amp;R)</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>打开数据文件夹(&amp;D)</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>关于后勤管家(&amp;A)</source>
        <translation>&amp;About Houqin</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>视图(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>{school} — 后勤管家</source>
        <translation>{school} — Houqin 后勤管家</translation>
    </message>
    <message>
        <source>已登记 {n} 件资产</source>
        <translation>Assets registered: {n}</translation>
    </message>
    <message>
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>资产 {number} 当前状态：{status}
新状态：</source>
        <translation>Asset {number} is now: {status}
New status:</translation>
    </message>
    <message>
        <source>原因：</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>请先在台账中选择一件资产。</source>
        <translation>Select an asset in the register first.</translation>
    </message>
    <message>
        <source>这件资产还没有交接单。可以用“资产交接”办理后打印。</source>
        <translation>This asset has no handover slip yet. Use &quot;Handover&quot; to make one, then print it.</translation>
    </message>
    <message>
        <source>还没有任何交接单。</source>
        <translation>There are no handover slips yet.</translation>
    </message>
    <message>
        <source>交接单记录</source>
        <translation>Handover slips</translation>
    </message>
    <message>
        <source>选择要打印的交接单：</source>
        <translation>Choose the handover slip to print:</translation>
    </message>
    <message>
        <source>正在生成交接单 {number}…</source>
        <translation>Creating handover slip {number}...</translation>
    </message>
    <message>
        <source>交接单已生成：{path}</source>
        <translation>Handover slip created: {path}</translation>
    </message>
    <message>
        <source>交接单已生成</source>
        <translation>Handover slip created</translation>
    </message>
    <message>
        <source>交接单已保存为：
{path}

这台电脑没有能自动打开 PDF 的程序，请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。</source>
        <translation>The handover slip was saved as:
{path}

This computer has no program that opens PDF files. Install a PDF reader, or use &quot;File → Save PDF as...&quot; to copy it elsewhere for printing.</translation>
    </message>
    <message>
        <source>关于后勤管家</source>
        <translation>About Houqin</translation>
    </message>
    <message>
        <source>后勤管家 Houqin {version}
学校后勤处的校产、库房、维修与预算管理。

数据库：{path}</source>
        <translation>Houqin 后勤管家 {version}
Property register, stock room, repairs and budget for school logistics offices.

Database: {path}</translation>
    </message>
    <message>
        <source>后勤管家</source>
        <translation>Houqin</translation>
    </message>
</context>
<context>
    <name>RecordEditDialog</name>
    <message>
        <source>编辑{kind}</source>
        <translation>Edit {kind}</translation>
    </message>
    <message>
        <source>新增{kind}</source>
        <translation>New {kind}</translation>
    </message>
    <message>
        <source>整数</source>
        <translation>Whole number</translation>
    </message>
    <message>
        <source>没有名为“{text}”的{label}，请从列表中选择。</source>
        <translation>{label}: there is no &quot;{text}&quot;. Choose one from the list.</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>ReferenceDataDialog</name>
    <message>
        <source>启用</source>
        <translation>Activate</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Deactivate/Activate</translation>
    </message>
    <message>
        <source>基础数据</source>
        <translation>Reference data</translation>
    </message>
    <message>
        <source>选择要维护的资料类别</source>
        <translation>Choose the kind of data to maintain</translation>
    </message>
    <message>
        <source>输入名称或编码筛选</source>
        <translation>Filter by name or code</translation>
    </message>
    <message>
        <source>显示已停用</source>
        <translation>Show deactivated</translation>
    </message>
    <message>
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>停用的资料不再出现在下拉列表中，历史记录仍然保留</source>
        <translation>Deactivated entries no longer appear in drop-down lists; their history is kept</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <source>搜索资产编号、名称、规格、保管人、房间（Ctrl+F）</source>
        <translation>Search asset no., name, spec, custodian, room (Ctrl+F)</translation>
    </message>
    <message>
        <source>新增资产</source>
        <translation>New asset</translation>
    </message>
    <message>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>交接…</source>
        <translation>Handover...</translation>
    </message>
    <message>
        <source>打印交接单</source>
        <translation>Print handover slip</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>全部地点</source>
        <translation>All locations</translation>
    </message>
    <message>
        <source>在册资产</source>
        <translation>On register</translation>
    </message>
    <message>
        <source>全部（含已报废、丢失）</source>
        <translation>All (incl. disposed, lost)</translation>
    </message>
    <message>
        <source>共 {count} 件，原值合计 ¥{total}</source>
        <translation>Assets: {count} · Original value: ¥{total}</translation>
    </message>
</context>
<context>
    <name>SchoolSetupDialog</name>
    <message>
        <source>初始设置</source>
        <translation>First-time setup</translation>
    </message>
    <message>
        <source>欢迎使用后勤管家</source>
        <translation>Welcome to Houqin</translation>
    </message>
    <message>
        <source>开始使用前，请先填写贵校的名称。</source>
        <translation>Before you start, please enter the name of your school.</translation>
    </message>
    <message>
        <source>学校名称*</source>
        <translation>School name*</translation>
    </message>
    <message>
        <source>例如：某某市第一中学</source>
        <translation>e.g. Riverside International School</translation>
    </message>
    <message>
        <source>学校名称会印在交接单、领用单和各类报表的抬头上，以后可以在“设置”中修改。</source>
        <translation>The school name is printed at the top of handover slips, issue slips and reports. You can change it later under &quot;Settings&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>示例：{example}</source>
        <translation>Example: {example}</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>学校信息</source>
        <translation>School</translation>
    </message>
    <message>
        <source>学校名称*</source>
        <translation>School name*</translation>
    </message>
    <message>
        <source>打印在各类单据和报表的抬头</source>
        <translation>Printed at the top of every slip and report</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset numbers</translation>
    </message>
    <message>
        <source>编号规则*</source>
        <translation>Number pattern*</translation>
    </message>
    <message>
        <source>可用占位符：{year} 年份，{cat} 分类简码（如 XX），
{code} 分类代码，{seq:05d} 五位流水号。</source>
        <translation>Placeholders: {year} year, {cat} category short code (e.g. XX),
{code} category code, {seq:05d} five-digit serial number.</translation>
    </message>
    <message>
        <source>固定资产</source>
        <translation>Fixed assets</translation>
    </message>
    <message>
        <source>固定资产价值标准（元）</source>
        <translation>Fixed-asset threshold (¥)</translation>
    </message>
    <message>
        <source>单价达到此金额的登记为固定资产，低于此金额的按低值易耗品管理。</source>
        <translation>Items with a unit price of at least this amount are fixed assets; cheaper items are managed as consumables.</translation>
    </message>
    <message>
        <source>折旧起始月份</source>
        <translation>Depreciation starts</translation>
    </message>
    <message>
        <source>当月</source>
        <translation>Same month</translation>
    </message>
    <message>
        <source>次月</source>
        <translation>Next month</translation>
    </message>
</context>
<context>
    <name>combos</name>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>输入文字查找</source>
        <translation>Type to search</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
</context>
</TS>
