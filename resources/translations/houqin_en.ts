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
    <message>
        <source>台账还是空的</source>
        <translation>The register is empty</translation>
    </message>
    <message>
        <source>第一步，把学校已有的台账搬进来：
点“导入台账…”（文件 → 导入台账），选择 Excel 或 CSV 文件，先看预览，确认后才写入。

没有旧台账时，按 Ctrl+N 逐件新增资产。</source>
        <translation>First, bring in the ledger the school already keeps:
click &quot;Import ledger...&quot; (File → Import ledger), choose an Excel or CSV file, check the preview; nothing is written until you confirm.

Without an old ledger, press Ctrl+N to add assets one by one.</translation>
    </message>
    <message>
        <source>这里显示所选资产的资产卡片和履历。

双击或按 Enter 编辑资产；
选中一件或多件后按 Ctrl+H 办理交接；
Ctrl+F 查找，在搜索框中按 ↓ 进入列表；Ctrl+N 新增资产。</source>
        <translation>The selected asset&apos;s card and history show here.

Double-click or press Enter to edit an asset;
select one or more and press Ctrl+H for a handover;
Ctrl+F to search, ↓ in the search box to go to the list; Ctrl+N for a new asset.</translation>
    </message>
    <message>
        <source>记录于 {at}</source>
        <translation>Recorded {at}</translation>
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
        <source>待报废、已报废的状态由报废申请决定</source>
        <translation>Pending disposal and disposed are decided by the disposal request</translation>
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
        <source>取得方式</source>
        <translation>Acquired by</translation>
    </message>
    <message>
        <source>资产是怎样取得的：购置、调入、接受捐赠、自建、置换、盘盈或其他</source>
        <translation>How the asset was acquired: purchase, transfer in, donation, self-built, exchange, stocktake surplus or other</translation>
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
        <source>累计折旧（元）</source>
        <translation>Accum. depreciation</translation>
    </message>
    <message>
        <source>净值（元）</source>
        <translation>Net value</translation>
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
    <name>DecisionDialog</name>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
</context>
<context>
    <name>DisposalDecisionDialog</name>
    <message>
        <source>报废申请 {number}</source>
        <translation>Disposal request {number}</translation>
    </message>
    <message>
        <source>{kind}原因</source>
        <translation>Reason ({kind})</translation>
    </message>
    <message>
        <source>有修复价值</source>
        <translation>Worth repairing</translation>
    </message>
    <message>
        <source>无修复价值</source>
        <translation>Not worth repairing</translation>
    </message>
    <message>
        <source>未作结论</source>
        <translation>No conclusion</translation>
    </message>
    <message>
        <source>共 {count} 件，原值合计 ¥{original}，净值合计 ¥{net}</source>
        <translation>{count} items, original value ¥{original}, net value ¥{net}</translation>
    </message>
    <message>
        <source>本申请已于 {date} {state}，不能再修改。</source>
        <translation>This request was decided ({state}) on {date} and can no longer be changed.</translation>
    </message>
    <message>
        <source>报废申请</source>
        <translation>Disposal request</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>申请类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>修复价值</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>鉴定人</source>
        <translation>Assessors</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>资产现状</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>审批权限</source>
        <translation>Approval level</translation>
    </message>
    <message>
        <source>审批</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>审批人*</source>
        <translation>Approver*</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>处置方式</source>
        <translation>Disposal method</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>批准时可写意见；驳回时必须写明理由</source>
        <translation>Optional when approving; a rejection needs a reason</translation>
    </message>
    <message>
        <source>批准前，在上表“残值（元）”一栏填写每件资产的残值收入（出售所得、回收价），没有可留空。</source>
        <translation>Before approving, enter each asset&apos;s residual value (sale or scrap proceeds) in the &quot;Residual (yuan)&quot; column above; leave it empty if there is none.</translation>
    </message>
    <message>
        <source>批准(&amp;A)</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>驳回(&amp;J)</source>
        <translation>Re&amp;ject</translation>
    </message>
    <message>
        <source>打印申请表(&amp;P)</source>
        <translation>&amp;Print form</translation>
    </message>
</context>
<context>
    <name>DisposalDialog</name>
    <message>
        <source>无修复价值</source>
        <translation>Not worth repairing</translation>
    </message>
    <message>
        <source>有修复价值</source>
        <translation>Worth repairing</translation>
    </message>
    <message>
        <source>未作结论</source>
        <translation>No conclusion</translation>
    </message>
    <message>
        <source>提交并打印</source>
        <translation>File and print</translation>
    </message>
    <message>
        <source>提交报废申请（资产转为待报废）并生成报废申请表 PDF</source>
        <translation>File the disposal request (the assets become pending disposal) and create the request form PDF</translation>
    </message>
    <message>
        <source>{kind}原因*</source>
        <translation>Reason ({kind})*</translation>
    </message>
    <message>
        <source>申请报废的资产（{n} 件）</source>
        <translation>Assets to dispose of ({n})</translation>
    </message>
    <message>
        <source>原值合计 ¥{original}，净值合计 ¥{net}</source>
        <translation>Original value ¥{original}, net value ¥{net}</translation>
    </message>
    <message>
        <source>申请报废</source>
        <translation>Request disposal</translation>
    </message>
    <message>
        <source>请先在台账中选择要报废的资产（按住 Ctrl 或 Shift 可以多选）。</source>
        <translation>First select the assets to dispose of in the register (hold Ctrl or Shift to select several).</translation>
    </message>
    <message>
        <source>申请报废的资产</source>
        <translation>Assets to dispose of</translation>
    </message>
    <message>
        <source>移出所选(&amp;R)</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>申请类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>拟处置方式</source>
        <translation>Proposed method</translation>
    </message>
    <message>
        <source>报废原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <source>为什么要报废：损坏情况、维修费用、使用年限等</source>
        <translation>Why: damage, repair cost, years in use...</translation>
    </message>
    <message>
        <source>资产现状</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>外观、能否使用、缺少的部件</source>
        <translation>Appearance, whether it works, missing parts</translation>
    </message>
    <message>
        <source>修复价值</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>鉴定人*</source>
        <translation>Assessors*</translation>
    </message>
    <message>
        <source>至少三人，用顿号或逗号隔开，如：王芳、张敏、赵磊</source>
        <translation>At least three, separated by commas, e.g. 王芳、张敏、赵磊</translation>
    </message>
    <message>
        <source>申请人*</source>
        <translation>Requested by*</translation>
    </message>
</context>
<context>
    <name>DisposalLinesModel</name>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>购置日期</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <source>原值（元）</source>
        <translation>Original (yuan)</translation>
    </message>
    <message>
        <source>净值（元）</source>
        <translation>Net (yuan)</translation>
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
        <source>残值（元）</source>
        <translation>Residual (yuan)</translation>
    </message>
</context>
<context>
    <name>DisposalListDialog</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>共 {count} 张，其中待审批 {pending} 张</source>
        <translation>Requests: {count} (awaiting approval: {pending})</translation>
    </message>
    <message>
        <source>正在生成报废申请表 {number}…</source>
        <translation>Creating disposal request form {number}...</translation>
    </message>
    <message>
        <source>报废申请表已生成：{path}</source>
        <translation>Disposal request form created: {path}</translation>
    </message>
    <message>
        <source>报废申请表已生成</source>
        <translation>Disposal request form created</translation>
    </message>
    <message>
        <source>报废申请表已保存为：
{path}

这台电脑没有能自动打开 PDF 的程序，请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。</source>
        <translation>The disposal request form was saved as:
{path}

This computer has no program that opens PDF files. Install a PDF reader, or use File → Save as PDF to copy it elsewhere for printing.</translation>
    </message>
    <message>
        <source>后勤管家</source>
        <translation>Houqin</translation>
    </message>
    <message>
        <source>报废申请</source>
        <translation>Disposal requests</translation>
    </message>
    <message>
        <source>审批状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>查看/审批(&amp;O)…</source>
        <translation>&amp;Open / decide...</translation>
    </message>
    <message>
        <source>打印申请表(&amp;P)</source>
        <translation>&amp;Print form</translation>
    </message>
</context>
<context>
    <name>DisposalListModel</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>申请日期</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>原值合计</source>
        <translation>Original value</translation>
    </message>
    <message>
        <source>净值合计</source>
        <translation>Net value</translation>
    </message>
    <message>
        <source>处置方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>审批日期</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>{method}（拟）</source>
        <translation>{method} (proposed)</translation>
    </message>
</context>
<context>
    <name>DocActions</name>
    <message>
        <source>入库单 {number} 已过账</source>
        <translation>Receipt {number} posted</translation>
    </message>
    <message>
        <source>领用单 {number} 已保存并提交审批</source>
        <translation>Requisition {number} saved and submitted for approval</translation>
    </message>
    <message>
        <source>领用单 {number} 已保存</source>
        <translation>Requisition {number} saved</translation>
    </message>
    <message>
        <source>报损单 {number} 已过账</source>
        <translation>Write-off {number} posted</translation>
    </message>
    <message>
        <source>盘点调整单 {number} 已过账</source>
        <translation>Stocktake adjustment {number} posted</translation>
    </message>
    <message>
        <source>退库单 {number} 已过账</source>
        <translation>Return {number} posted</translation>
    </message>
    <message>
        <source>领用单 {number} 已发放，不能再修改或发放；发错了请办理退库（退库(T)…）。</source>
        <translation>Requisition {number} has been issued and can no longer be changed or issued; if something was issued wrongly, record a return (Return…).</translation>
    </message>
    <message>
        <source>入库单已过账</source>
        <translation>Receipt already posted</translation>
    </message>
    <message>
        <source>入库单 {number} 已过账，不能修改。
如有错误，请冲销整张入库单（红字冲回），再按正确内容重新入库。

现在冲销吗？</source>
        <translation>Receipt {number} is posted and cannot be changed.
If it is wrong, reverse the whole receipt, then receive the goods again with the right details.

Reverse it now?</translation>
    </message>
    <message>
        <source>{number} 已过账，不能修改；如有差错，请另开单据更正。</source>
        <translation>{number} is posted and cannot be changed; correct any mistake with a new document.</translation>
    </message>
    <message>
        <source>领用单 {number} 已提交审批</source>
        <translation>Requisition {number} submitted for approval</translation>
    </message>
    <message>
        <source>领用单 {number}&#x3000;{department}&#x3000;领用人：{person}&#x3000;用途：{purpose}</source>
        <translation>Requisition {number}   {department}   requested by: {person}   purpose: {purpose}</translation>
    </message>
    <message>
        <source>批准领用单</source>
        <translation>Approve requisition</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>领用单 {number} 已批准</source>
        <translation>Requisition {number} approved</translation>
    </message>
    <message>
        <source>驳回领用单</source>
        <translation>Reject requisition</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>领用单 {number} 已驳回</source>
        <translation>Requisition {number} rejected</translation>
    </message>
    <message>
        <source>取消领用单</source>
        <translation>Cancel requisition</translation>
    </message>
    <message>
        <source>领用单 {number} 已取消</source>
        <translation>Requisition {number} cancelled</translation>
    </message>
    <message>
        <source>领用单 {number} 已发放</source>
        <translation>Requisition {number} issued</translation>
    </message>
    <message>
        <source>冲销入库单</source>
        <translation>Reverse receipt</translation>
    </message>
    <message>
        <source>冲销入库单 {number}：整单以原金额冲回。
冲销原因：</source>
        <translation>Reverse receipt {number}: every line goes back out at its original amount.
Reason:</translation>
    </message>
    <message>
        <source>已冲销，冲销单 {number}</source>
        <translation>Reversed by {number}</translation>
    </message>
</context>
<context>
    <name>DocLinesModel</name>
    <message>
        <source>物资编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>实发</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>现有库存</source>
        <translation>On hand now</translation>
    </message>
</context>
<context>
    <name>DocTableModel</name>
    <message>
        <source>单据编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>领用人/供应商</source>
        <translation>Requester / supplier</translation>
    </message>
    <message>
        <source>用途/原因</source>
        <translation>Purpose / reason</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (yuan)</translation>
    </message>
</context>
<context>
    <name>DocsPanel</name>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>单号、领用人、供应商、用途</source>
        <translation>Number, requester, supplier, purpose</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>打开/修改(&amp;O)</source>
        <translation>&amp;Open / edit</translation>
    </message>
    <message>
        <source>提交(&amp;J)</source>
        <translation>Submit (&amp;J)</translation>
    </message>
    <message>
        <source>批准(&amp;A)…</source>
        <translation>&amp;Approve…</translation>
    </message>
    <message>
        <source>驳回(&amp;R)…</source>
        <translation>&amp;Reject…</translation>
    </message>
    <message>
        <source>发放(&amp;I)…</source>
        <translation>&amp;Issue…</translation>
    </message>
    <message>
        <source>取消领用单(&amp;C)…</source>
        <translation>&amp;Cancel requisition…</translation>
    </message>
    <message>
        <source>退库(&amp;T)…</source>
        <translation>Re&amp;turn to stock…</translation>
    </message>
    <message>
        <source>冲销(&amp;X)…</source>
        <translation>Reverse (&amp;X)…</translation>
    </message>
    <message>
        <source>打印(&amp;P)</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>共 {n} 张</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <source>选择一张单据查看明细。</source>
        <translation>Select a document to see its lines.</translation>
    </message>
    <message>
        <source>领用/退库人：{name}</source>
        <translation>Requester / returned by: {name}</translation>
    </message>
    <message>
        <source>供应商：{name}</source>
        <translation>Supplier: {name}</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>审批：{name}</source>
        <translation>Approved by: {name}</translation>
    </message>
    <message>
        <source>驳回/取消原因：{reason}</source>
        <translation>Reason rejected / cancelled: {reason}</translation>
    </message>
    <message>
        <source>关联：{number}</source>
        <translation>Related: {number}</translation>
    </message>
    <message>
        <source>金额 ¥{total}</source>
        <translation>Amount ¥{total}</translation>
    </message>
</context>
<context>
    <name>EditLinesModel</name>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
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
    <name>ImportAssetsDialog</name>
    <message>
        <source>导入台账</source>
        <translation>Import ledger</translation>
    </message>
    <message>
        <source>显示(&amp;W)</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <source>调整列对应(&amp;M)…</source>
        <translation>Column &amp;mapping...</translation>
    </message>
    <message>
        <source>停止(&amp;S)</source>
        <translation>&amp;Stop</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>空行</source>
        <translation>blank</translation>
    </message>
    <message>
        <source>合计行</source>
        <translation>totals</translation>
    </message>
    <message>
        <source>重复的表头</source>
        <translation>repeated header</translation>
    </message>
    <message>
        <source>标题或说明行</source>
        <translation>title or note</translation>
    </message>
    <message>
        <source>共 {rows} 行数据：可导入 {good} 行（{assets} 件资产，原值合计 ¥{total}），有错误 {bad} 行。</source>
        <translation>{rows} data rows: {good} can be imported ({assets} assets, original value ¥{total}), {bad} have errors.</translation>
    </message>
    <message>
        <source>将新建：{records}</source>
        <translation>To be created: {records}</translation>
    </message>
    <message>
        <source>其中 {count} 件单价低于固定资产标准 ¥{threshold}。</source>
        <translation>{count} of these assets cost less than the fixed-asset threshold of ¥{threshold}.</translation>
    </message>
    <message>
        <source>全部导入(&amp;I)</source>
        <translation>&amp;Import all</translation>
    </message>
    <message>
        <source>只导入无误的行(&amp;G)</source>
        <translation>Import only the &amp;good rows</translation>
    </message>
    <message>
        <source>台账文件：{path}</source>
        <translation>Ledger file: {path}</translation>
    </message>
    <message>
        <source>已停止，数据库没有任何改动。</source>
        <translation>Stopped. The database was not changed.</translation>
    </message>
    <message>
        <source>正在读取工作表…</source>
        <translation>Reading the worksheet...</translation>
    </message>
    <message>
        <source>正在读取 CSV…</source>
        <translation>Reading the CSV file...</translation>
    </message>
    <message>
        <source>正在检查数据…</source>
        <translation>Checking the rows...</translation>
    </message>
    <message>
        <source>正在核对分类、编号和地点…</source>
        <translation>Checking categories, numbers and places...</translation>
    </message>
    <message>
        <source>正在登记资产…</source>
        <translation>Registering the assets...</translation>
    </message>
    <message>
        <source>正在核对编码、单位和期初库存…</source>
        <translation>Checking codes, units and opening stock…</translation>
    </message>
    <message>
        <source>正在导入物资和期初库存…</source>
        <translation>Importing items and opening stock…</translation>
    </message>
    <message>
        <source>正在读取台账…</source>
        <translation>Reading the ledger...</translation>
    </message>
    <message>
        <source>台账文件：{source}；表头在第 {line} 行</source>
        <translation>Ledger file: {source}; header on row {line}</translation>
    </message>
    <message>
        <source>全部 {count} 行</source>
        <translation>All {count} rows</translation>
    </message>
    <message>
        <source>有错误的 {count} 行</source>
        <translation>{count} rows with errors</translation>
    </message>
    <message>
        <source>需核对的 {count} 行</source>
        <translation>{count} rows to check</translation>
    </message>
    <message>
        <source>低于固定资产标准的 {count} 行</source>
        <translation>{count} rows below the fixed-asset threshold</translation>
    </message>
    <message>
        <source>无法导入：{problems}。请点“调整列对应”指定表头和各列。</source>
        <translation>Cannot import: {problems}. Use “Column mapping” to set the header row and the columns.</translation>
    </message>
    <message>
        <source>已跳过：{skipped}</source>
        <translation>Skipped: {skipped}</translation>
    </message>
    <message>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <source>{reason} {count} 行</source>
        <translation>{reason} rows: {count}</translation>
    </message>
    <message>
        <source>需核对 {count} 行：可以导入，但请先看一眼（在“显示”中选“需核对的行”）。</source>
        <translation>{count} rows to check: they can be imported, but have a look first (choose “rows to check” under Show).</translation>
    </message>
    <message>
        <source>有错误的 {bad} 行不会导入：可以先只导入无误的 {good} 行，改正台账中的这 {bad} 行后再导入它们。</source>
        <translation>The {bad} rows with errors will not be imported: import the {good} good rows now, then correct those {bad} rows in the ledger and import them later.</translation>
    </message>
    <message>
        <source>有错误的 {bad} 行不会导入，请改正台账后重新导入。</source>
        <translation>The {bad} rows with errors will not be imported; correct the ledger and import it again.</translation>
    </message>
    <message>
        <source>全部导入 {rows} 行(&amp;I)</source>
        <translation>&amp;Import all {rows} rows</translation>
    </message>
    <message>
        <source>只导入无误的 {rows} 行(&amp;G)</source>
        <translation>Import only the {rows} &amp;good rows</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing...</translation>
    </message>
    <message>
        <source>选择要导入的台账</source>
        <translation>Choose the ledger to import</translation>
    </message>
    <message>
        <source>台账 (*.xlsx *.xlsm *.csv *.txt);;所有文件 (*)</source>
        <translation>Ledgers (*.xlsx *.xlsm *.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>物资清单：{source}；表头在第 {line} 行</source>
        <translation>Item list: {source}; header on row {line}</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>（不导入）</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>资产编号</source>
        <translation>Asset no.</translation>
    </message>
    <message>
        <source>原资产编号</source>
        <translation>Former asset no.</translation>
    </message>
    <message>
        <source>资产名称</source>
        <translation>Asset name</translation>
    </message>
    <message>
        <source>资产分类（代码或名称）</source>
        <translation>Category (code or name)</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification / model</translation>
    </message>
    <message>
        <source>品牌</source>
        <translation>Brand</translation>
    </message>
    <message>
        <source>计量单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单价（原值）</source>
        <translation>Unit price (original value)</translation>
    </message>
    <message>
        <source>金额（单价×数量）</source>
        <translation>Amount (price × quantity)</translation>
    </message>
    <message>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>取得方式</source>
        <translation>Acquired by</translation>
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
        <source>发票号</source>
        <translation>Invoice no.</translation>
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
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>保管人（使用人）</source>
        <translation>Custodian (user)</translation>
    </message>
    <message>
        <source>使用部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>（不指定：这些行报错）</source>
        <translation>(none: such rows are errors)</translation>
    </message>
    <message>
        <source>推断不出的行记为(&amp;D)</source>
        <translation>Rows that cannot be guessed &amp;go to</translation>
    </message>
    <message>
        <source>全部记为(&amp;D)</source>
        <translation>All such rows &amp;go to</translation>
    </message>
    <message>
        <source>调整列对应</source>
        <translation>Column mapping</translation>
    </message>
    <message>
        <source>为台账的每一列选择导入为哪一项；不需要的列选“不导入”。您的选择会被记住，下次导入表头相同的台账时自动使用。</source>
        <translation>For each column of the ledger, choose what it holds; choose “(not imported)” for the columns you do not need. Your choices are remembered and used again for ledgers with the same headings.</translation>
    </message>
    <message>
        <source>表头所在行(&amp;H)</source>
        <translation>&amp;Header row</translation>
    </message>
    <message>
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>台账中的列名</source>
        <translation>Heading in the ledger</translation>
    </message>
    <message>
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <source>示例数据</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>台账中没有资产分类的行</source>
        <translation>Rows without a category in the ledger</translation>
    </message>
    <message>
        <source>按资产名称推断分类(&amp;N)</source>
        <translation>Guess the category from the asset &amp;name</translation>
    </message>
    <message>
        <source>其余的行记为(&amp;D)</source>
        <translation>The other rows &amp;go to</translation>
    </message>
    <message>
        <source>物资编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>物资分类</source>
        <translation>Item category</translation>
    </message>
    <message>
        <source>货架位置</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>库存下限</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>期初数量</source>
        <translation>Opening quantity</translation>
    </message>
    <message>
        <source>期初单价</source>
        <translation>Opening unit price</translation>
    </message>
    <message>
        <source>期初金额（单价×数量）</source>
        <translation>Opening amount (price × quantity)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>问题或说明</source>
        <translation>Problems or notes</translation>
    </message>
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
        <source>件数</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Unit price (¥)</translation>
    </message>
    <message>
        <source>购置日期</source>
        <translation>Purchase date</translation>
    </message>
    <message>
        <source>存放地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>将存放于</source>
        <translation>Will be kept in</translation>
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
        <source>（自动编号）</source>
        <translation>(automatic)</translation>
    </message>
    <message>
        <source>有错误</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>可导入（低于固定资产标准）</source>
        <translation>OK (below the fixed-asset threshold)</translation>
    </message>
    <message>
        <source>可导入（请核对）</source>
        <translation>OK (please check)</translation>
    </message>
    <message>
        <source>可导入</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>单价低于固定资产标准</source>
        <translation>Unit price below the fixed-asset threshold</translation>
    </message>
    <message>
        <source>物资编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>库存下限</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>期初数量</source>
        <translation>Opening qty</translation>
    </message>
    <message>
        <source>期初金额（元）</source>
        <translation>Opening value (yuan)</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>发放领用单 {number}</source>
        <translation>Issue requisition {number}</translation>
    </message>
    <message>
        <source>领用单 {number}&#x3000;{department}&#x3000;领用人：{person}&#x3000;用途：{purpose}&#x3000;审批人：{approver}</source>
        <translation>Requisition {number}   {department}   requested by: {person}   purpose: {purpose}   approved by: {approver}</translation>
    </message>
    <message>
        <source>发放(&amp;F)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <source>共 {n} 行，其中足额发放 {full} 行</source>
        <translation>{n} lines, {full} issued in full</translation>
    </message>
    <message>
        <source>第 {n} 行：{message}</source>
        <translation>Line {n}: {message}</translation>
    </message>
</context>
<context>
    <name>IssueLinesModel</name>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>申请数量</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>现有库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>实发数量</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>实发数量不能超过申请数量 {n}</source>
        <translation>Cannot issue more than the {n} requested</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>新建物资</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>编辑物资 {code}</source>
        <translation>Edit item {code}</translation>
    </message>
    <message>
        <source>已有出入库记录的物资不能修改计量单位。</source>
        <translation>The unit of an item that has moved in or out cannot change.</translation>
    </message>
    <message>
        <source>留空则编为 {code}</source>
        <translation>Leave empty for {code}</translation>
    </message>
    <message>
        <source>没有名为“{text}”的计量单位，请从列表中选择，或在基础数据中添加。</source>
        <translation>There is no unit named “{text}”. Pick one from the list, or add it under reference data.</translation>
    </message>
</context>
<context>
    <name>ItemImport</name>
    <message>
        <source>共 {rows} 行数据：可导入 {good} 行（新建物资 {new} 种，已有 {existing} 种；期初库存 {openings} 种，金额合计 ¥{total}），有错误 {bad} 行。</source>
        <translation>{rows} data rows: {good} can be imported ({new} new items, {existing} existing; opening stock for {openings} items worth ¥{total}), {bad} with errors.</translation>
    </message>
    <message>
        <source>期初库存记账日期：{date}（只能导入到还没有出入库记录的物资）</source>
        <translation>Opening stock is booked on {date} (only for items with no stock moves yet)</translation>
    </message>
    <message>
        <source>将新建计量单位（只能计整数）：{names}</source>
        <translation>New units to create (whole numbers only): {names}</translation>
    </message>
    <message>
        <source>将新建物资分类：{names}</source>
        <translation>New item categories to create: {names}</translation>
    </message>
    <message>
        <source>导入物资和期初库存</source>
        <translation>Import items and opening stock</translation>
    </message>
    <message>
        <source>选择要导入的物资清单</source>
        <translation>Choose the item list to import</translation>
    </message>
</context>
<context>
    <name>ItemTableModel</name>
    <message>
        <source>物资编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>库存数量</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>库存金额（元）</source>
        <translation>Value (yuan)</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>货架</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>{name}（已停用）</source>
        <translation>{name} (inactive)</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <source>所选资产（{n} 件）</source>
        <translation>Selected assets ({n})</translation>
    </message>
    <message>
        <source>台账当前筛选结果（{n} 件）</source>
        <translation>Current register filter ({n} assets)</translation>
    </message>
    <message>
        <source>生成标签</source>
        <translation>Make labels</translation>
    </message>
    <message>
        <source>没有要打印标签的资产：请先在台账中选择资产，或调整筛选条件。</source>
        <translation>There are no assets to label: select assets in the register first, or change the filter.</translation>
    </message>
    <message>
        <source>打印资产标签</source>
        <translation>Print asset labels</translation>
    </message>
    <message>
        <source>标签纸</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <source>规格</source>
        <translation>Sheet type</translation>
    </message>
    <message>
        <source>上边距（毫米）</source>
        <translation>Top margin (mm)</translation>
    </message>
    <message>
        <source>左边距（毫米）</source>
        <translation>Left margin (mm)</translation>
    </message>
    <message>
        <source>左右间距（毫米）</source>
        <translation>Horizontal gap (mm)</translation>
    </message>
    <message>
        <source>上下间距（毫米）</source>
        <translation>Vertical gap (mm)</translation>
    </message>
    <message>
        <source>恢复此规格的默认边距</source>
        <translation>Restore this sheet&apos;s margins</translation>
    </message>
    <message>
        <source>从第几枚开始</source>
        <translation>Start at label</translation>
    </message>
    <message>
        <source>用过一部分的标签纸可以接着用：左上角为第 1 枚，从左到右、从上到下数。</source>
        <translation>Reuse a half-used sheet: the top left label is number 1, counting left to right, then top to bottom.</translation>
    </message>
    <message>
        <source>印出标签边框（用普通纸试印时）</source>
        <translation>Print label outlines (for a test on plain paper)</translation>
    </message>
    <message>
        <source>打印哪些资产</source>
        <translation>Which assets</translation>
    </message>
    <message>
        <source>第一张标签纸</source>
        <translation>First sheet</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>In</translation>
    </message>
    <message>
        <source>发出</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>结存</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Unit cost</translation>
    </message>
    <message>
        <source>结存金额</source>
        <translation>Balance value</translation>
    </message>
</context>
<context>
    <name>LedgerPane</name>
    <message>
        <source>物资台账</source>
        <translation>Item ledger</translation>
    </message>
    <message>
        <source>在左侧选择一个物资，这里显示它的收发结存明细（最新的在上）。</source>
        <translation>Select an item on the left to see what came in and went out, newest first.</translation>
    </message>
    <message>
        <source>库存 {qty} {unit}&#x3000;金额 ¥{value}&#x3000;平均单价 {cost}&#x3000;最低库存 {level}&#x3000;货架 {shelf}</source>
        <translation>On hand {qty} {unit}   value ¥{value}   average cost {cost}   reorder level {level}   shelf {shelf}</translation>
    </message>
    <message>
        <source>&#x3000;低于最低库存，请补货</source>
        <translation>   below its reorder level: reorder</translation>
    </message>
</context>
<context>
    <name>LineEntry</name>
    <message>
        <source>库存 {qty} {unit}</source>
        <translation>On hand {qty} {unit}</translation>
    </message>
    <message>
        <source>（低于最低库存 {level}）</source>
        <translation> (below the reorder level of {level})</translation>
    </message>
    <message>
        <source>没有找到“{text}”。请换个写法，或先新建物资。</source>
        <translation>Nothing found for “{text}”. Try other words, or create the item first.</translation>
    </message>
    <message>
        <source>请输入物资编码或名称。</source>
        <translation>Type an item code or name.</translation>
    </message>
    <message>
        <source>请先选择物资。</source>
        <translation>Pick an item first.</translation>
    </message>
    <message>
        <source>请填写大于零的单价（元，最多两位小数）。</source>
        <translation>Enter a unit price above zero (yuan, at most two decimals).</translation>
    </message>
    <message>
        <source>{name} 已在第 {n} 行，请直接修改那一行的数量。</source>
        <translation>{name} is already on line {n}; change the quantity on that line.</translation>
    </message>
    <message>
        <source>共 {n} 行，金额合计 ¥{total}</source>
        <translation>{n} lines, total ¥{total}</translation>
    </message>
    <message>
        <source>共 {n} 行</source>
        <translation>{n} lines</translation>
    </message>
</context>
<context>
    <name>LinesDialog</name>
    <message>
        <source>放弃这张单据？已录入的 {n} 行物资不会保存。</source>
        <translation>Discard this document? The {n} line(s) typed will not be saved.</translation>
    </message>
    <message>
        <source>没有名为“{text}”的{label}，请从列表中选择。</source>
        <translation>There is no {label} named “{text}”; pick one from the list.</translation>
    </message>
    <message>
        <source>单据上至少要有一行物资。</source>
        <translation>A document needs at least one line.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>校产台账</source>
        <translation>Property register</translation>
    </message>
    <message>
        <source>库房</source>
        <translation>Stock room</translation>
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
        <source>申请报废(&amp;D)…</source>
        <translation>Request &amp;disposal...</translation>
    </message>
    <message>
        <source>报废申请(&amp;L)…</source>
        <translation>Disposal &amp;list...</translation>
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
        <source>导入台账(&amp;I)…</source>
        <translation>&amp;Import ledger...</translation>
    </message>
    <message>
        <source>导出台账(&amp;E)…</source>
        <translation>&amp;Export register...</translation>
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
        <source>库房(&amp;K)</source>
        <translation>Stoc&amp;k room</translation>
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
        <source>未命名学校</source>
        <translation>Unnamed school</translation>
    </message>
    <message>
        <source>已登记 {n} 件资产</source>
        <translation>Assets registered: {n}</translation>
    </message>
    <message>
        <source>资产 {number} 的状态为“{status}”，由报废申请决定，不能直接变更。请在“报废申请”中审批或驳回。</source>
        <translation>Asset {number} is &quot;{status}&quot;; its disposal request decides its status, so it cannot be changed here. Approve or reject the request under Disposal requests.</translation>
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
    <name>PdfOutput</name>
    <message>
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
</context>
<context>
    <name>QuantityColumnModel</name>
    <message>
        <source>最多可填 {n}</source>
        <translation>At most {n}</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>过账(&amp;S)</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>supplier</translation>
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
    <name>RegisterExport</name>
    <message>
        <source>资产台账-{date}.xlsx</source>
        <translation>asset-register-{date}.xlsx</translation>
    </message>
    <message>
        <source>导出台账</source>
        <translation>Export register</translation>
    </message>
    <message>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>正在导出台账…</source>
        <translation>Exporting the register...</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已导出 {count} 件资产：{path}</source>
        <translation>Exported {count} assets: {path}</translation>
    </message>
    <message>
        <source>已取消导出。</source>
        <translation>Export cancelled.</translation>
    </message>
</context>
<context>
    <name>RegisterPrinting</name>
    <message>
        <source>打印资产卡片(&amp;C)</source>
        <translation>Print asset &amp;cards</translation>
    </message>
    <message>
        <source>每页一张(&amp;1)</source>
        <translation>&amp;1 per page</translation>
    </message>
    <message>
        <source>每页两张(&amp;2)</source>
        <translation>&amp;2 per page</translation>
    </message>
    <message>
        <source>打印标签(&amp;L)…</source>
        <translation>Print &amp;labels...</translation>
    </message>
    <message>
        <source>打印台账(&amp;T)</source>
        <translation>Print the regis&amp;ter</translation>
    </message>
    <message>
        <source>请先在台账中选择要打印资产卡片的资产。</source>
        <translation>Select the assets whose cards to print in the register first.</translation>
    </message>
    <message>
        <source>正在生成资产卡片…</source>
        <translation>Making asset cards...</translation>
    </message>
    <message>
        <source>正在生成资产标签…</source>
        <translation>Making asset labels...</translation>
    </message>
    <message>
        <source>没有符合筛选条件的资产，没有可打印的台账。</source>
        <translation>No asset matches the filter: there is no register to print.</translation>
    </message>
    <message>
        <source>正在生成固定资产台账…</source>
        <translation>Making the fixed asset register...</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>正在打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <source>已取消打印。</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>已生成：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>PDF 已生成</source>
        <translation>PDF saved</translation>
    </message>
    <message>
        <source>PDF 已保存为：
{path}

这台电脑没有能自动打开 PDF 的程序，请安装 PDF 阅读器，或用“文件 → 另存为 PDF”复制到别处打印。</source>
        <translation>The PDF was saved as:
{path}

This computer has no program that opens PDF files. Install a PDF reader, or copy it elsewhere to print with &quot;File → Save as PDF&quot;.</translation>
    </message>
    <message>
        <source>后勤管家</source>
        <translation>Houqin</translation>
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
        <source>导入台账…</source>
        <translation>Import ledger...</translation>
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
        <source>分类(&amp;C)</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>地点(&amp;L)</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>状态(&amp;S)</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>折旧截至(&amp;T)</source>
        <translation>Deprecia&amp;tion as of</translation>
    </message>
    <message>
        <source>累计折旧和净值按此日期所在月份计算（按月计提，年限平均法）</source>
        <translation>Accumulated depreciation and net value up to the month of this date (monthly straight line)</translation>
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
    <message>
        <source>累计折旧 ¥{accumulated}，净值 ¥{net}</source>
        <translation>Accumulated depreciation ¥{accumulated}, net value ¥{net}</translation>
    </message>
</context>
<context>
    <name>RequisitionDialog</name>
    <message>
        <source>保存草稿(&amp;S)</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <source>保存并提交(&amp;T)</source>
        <translation>Save and submi&amp;t</translation>
    </message>
    <message>
        <source>领用单 {number}（草稿）</source>
        <translation>Requisition {number} (draft)</translation>
    </message>
    <message>
        <source>领用部门</source>
        <translation>department</translation>
    </message>
    <message>
        <source>领用人</source>
        <translation>requester</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <source>过账(&amp;S)</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <source>共 {n} 行可退，本次退回 {typed} 行</source>
        <translation>{n} lines can come back; {typed} returned now</translation>
    </message>
    <message>
        <source>领用单</source>
        <translation>requisition</translation>
    </message>
    <message>
        <source>退库人</source>
        <translation>person returning</translation>
    </message>
    <message>
        <source>没有“{text}”这个{label}，请从列表中选择。</source>
        <translation>There is no {label} “{text}”; pick one from the list.</translation>
    </message>
    <message>
        <source>第 {n} 行：{message}</source>
        <translation>Line {n}: {message}</translation>
    </message>
    <message>
        <source>请在“退回数量”一栏填写要退回的数量。</source>
        <translation>Type the quantities coming back in the “Return” column.</translation>
    </message>
</context>
<context>
    <name>ReturnLinesModel</name>
    <message>
        <source>编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>发放数量</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已退</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>可退</source>
        <translation>Returnable</translation>
    </message>
    <message>
        <source>退回数量</source>
        <translation>Return</translation>
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
        <source>{document}前缀</source>
        <translation>{document} prefix</translation>
    </message>
    <message>
        <source>示例：{number}</source>
        <translation>Example: {number}</translation>
    </message>
    <message>
        <source>示例：{example}</source>
        <translation>Example: {example}</translation>
    </message>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
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
        <source>常规</source>
        <translation>General</translation>
    </message>
    <message>
        <source>学校名称印在每一张单据、卡片和台账的抬头，请填写全称。</source>
        <translation>The school name heads every slip, card and register print-out; enter the full name.</translation>
    </message>
    <message>
        <source>资产编号与折旧</source>
        <translation>Asset numbers and depreciation</translation>
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
    <message>
        <source>按《政府会计制度》，固定资产按月计提折旧，通常自取得的次月起计提。</source>
        <translation>Under the Government Accounting Standards, fixed assets depreciate monthly, usually from the month after acquisition.</translation>
    </message>
    <message>
        <source>单据编号</source>
        <translation>Document numbers</translation>
    </message>
    <message>
        <source>单据编号形如“前缀-年份-流水号”，每年从 0001 起连续编号。前缀用 1 到 6 个英文大写字母，各类单据不能相同。修改前缀只影响以后开具的单据，已开具的单据编号不变。</source>
        <translation>Document numbers look like PREFIX-YEAR-SERIAL and run from 0001 each year without gaps. A prefix is 1 to 6 capital letters, different for each kind of document. A new prefix applies to documents issued from now on; numbers already issued stay as they are.</translation>
    </message>
    <message>
        <source>库房</source>
        <translation>Stock room</translation>
    </message>
    <message>
        <source>不允许审批自己填写或领用的领用单（不相容岗位分离）</source>
        <translation>Nobody may approve a requisition they filled in or receive (separation of duties)</translation>
    </message>
    <message>
        <source>领用单一式两联打印（领用人、库房各留一联）</source>
        <translation>Print requisition slips in two copies (one for the receiver, one for the stock room)</translation>
    </message>
    <message>
        <source>报废审批</source>
        <translation>Disposal approval</translation>
    </message>
    <message>
        <source>报废申请按资产净值合计逐级审批：不超过后勤主任限额的由后勤主任审批；超过后勤主任限额、不超过校长限额的还须校长审批；超过校长限额的须提交校务会集体决策（三重一大）。</source>
        <translation>Disposal requests are approved by their total net value: up to the director&apos;s limit by the logistics director; above it and up to the principal&apos;s limit also by the principal; above the principal&apos;s limit by the school&apos;s administrative meeting (collective decision).</translation>
    </message>
    <message>
        <source>后勤主任审批限额（元）</source>
        <translation>Logistics director&apos;s limit (yuan)</translation>
    </message>
    <message>
        <source>校长审批限额（元）</source>
        <translation>Principal&apos;s limit (yuan)</translation>
    </message>
</context>
<context>
    <name>StockDecisionDialog</name>
    <message>
        <source>领用单审批</source>
        <translation>Requisition decision</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approver</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>StockIssueDialog</name>
    <message>
        <source>发放领用单</source>
        <translation>Issue requisition</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <source>发放人</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <source>实发数量已按“申请数量与库存的较小者”填好；可直接修改，回车到下一行。库存不足的行以红色显示。</source>
        <translation>Each line proposes the lesser of the request and the stock on hand; type over it, Enter goes to the next line. Lines short of stock are red.</translation>
    </message>
</context>
<context>
    <name>StockItemDialog</name>
    <message>
        <source>物资</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>物资编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>留空则自动编号（W00001…）</source>
        <translation>Automatic if left blank (W00001…)</translation>
    </message>
    <message>
        <source>物资名称*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>计量单位*</source>
        <translation>Unit*</translation>
    </message>
    <message>
        <source>物资分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>货架位置</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>如 A-03</source>
        <translation>e.g. A-03</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>库存低于此数量时提醒补货</source>
        <translation>Below this stock the item is flagged for reordering</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StockPanel</name>
    <message>
        <source>搜索物资编码、名称、规格（Ctrl+F）</source>
        <translation>Search code, name, specification (Ctrl+F)</translation>
    </message>
    <message>
        <source>只看低于最低库存</source>
        <translation>Below reorder level only</translation>
    </message>
    <message>
        <source>含已停用</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>全部分类</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>共 {count} 种，库存金额 ¥{total}</source>
        <translation>{count} items, stock value ¥{total}</translation>
    </message>
</context>
<context>
    <name>StockReceiptDialog</name>
    <message>
        <source>入库单</source>
        <translation>Goods receipt</translation>
    </message>
    <message>
        <source>入库日期</source>
        <translation>Receipt date</translation>
    </message>
    <message>
        <source>供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>发票号</source>
        <translation>Invoice no.</translation>
    </message>
    <message>
        <source>新建物资(&amp;N)…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>登记一个还没有的物资，并录入到本单</source>
        <translation>Register an item that is not in the list and put it on this receipt</translation>
    </message>
    <message>
        <source>录入物资：输入编码或名称 → 回车 → 数量 → 回车，接着录下一行</source>
        <translation>Enter items: code or name → Enter → quantity → Enter, then the next line</translation>
    </message>
    <message>
        <source>物资(&amp;W)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>输入编码或名称的几个字，回车选择</source>
        <translation>Type a code or part of a name, Enter picks</translation>
    </message>
    <message>
        <source>数量(&amp;Q)</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>单价(&amp;J)</source>
        <translation>Unit &amp;price</translation>
    </message>
    <message>
        <source>元</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>把这一行加入单据（回车）</source>
        <translation>Add this line to the document (Enter)</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <source>删除选中的行（Delete）</source>
        <translation>Delete the selected lines (Delete)</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Bought by</translation>
    </message>
    <message>
        <source>验收人</source>
        <translation>Checked by</translation>
    </message>
    <message>
        <source>库管员</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StockReportsDialog</name>
    <message>
        <source>全部部门</source>
        <translation>All departments</translation>
    </message>
    <message>
        <source>依据期间（上学期消耗）</source>
        <translation>Basis period (last term’s consumption)</translation>
    </message>
    <message>
        <source>统计期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>选择期间后点“统计”。</source>
        <translation>Choose a period, then click “Run”.</translation>
    </message>
    <message>
        <source>已停止统计。</source>
        <translation>The report was stopped.</translation>
    </message>
    <message>
        <source>领用部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>物资编码</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Item</translation>
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
        <source>领用数量</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>退库数量</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>消耗数量</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <source>消耗金额（元）</source>
        <translation>Consumed value (yuan)</translation>
    </message>
    <message>
        <source>{period}：{departments} 个部门，{rows} 行，消耗金额合计 ¥{total}</source>
        <translation>{period}: {departments} departments, {rows} rows, consumed value ¥{total}</translation>
    </message>
    <message>
        <source>物资类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>上学期消耗</source>
        <translation>Last term’s consumption</translation>
    </message>
    <message>
        <source>当前库存</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>最低库存</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <source>建议采购量</source>
        <translation>Suggested purchase</translation>
    </message>
    <message>
        <source>参考单价（元）</source>
        <translation>Reference price (yuan)</translation>
    </message>
    <message>
        <source>预计金额（元）</source>
        <translation>Estimated cost (yuan)</translation>
    </message>
    <message>
        <source>{target}供需计划（依据 {basis}）：{items} 种物资，建议采购 {buy} 种（底色标出），预计金额 ¥{total}。建议采购量 = 上学期消耗 + 最低库存 − 当前库存（不足零记零）。</source>
        <translation>Supply plan for {target} (based on {basis}): {items} items, {buy} to buy (shaded), estimated cost ¥{total}. Suggested purchase = last term’s consumption + reorder level − on hand (never below zero).</translation>
    </message>
    <message>
        <source>请先统计，再导出。</source>
        <translation>Run the report before exporting it.</translation>
    </message>
    <message>
        <source>{target}物资供需计划</source>
        <translation>Supply plan {target}</translation>
    </message>
    <message>
        <source>物资消耗统计（{period}）</source>
        <translation>Consumption {period}</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>无法保存 {path}：{reason}</source>
        <translation>Cannot save {path}: {reason}</translation>
    </message>
    <message>
        <source>已导出：{path}</source>
        <translation>Exported: {path}</translation>
    </message>
    <message>
        <source>库房统计报表</source>
        <translation>Stock room reports</translation>
    </message>
    <message>
        <source>报表(&amp;R)</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>物资消耗统计（按部门、物资）</source>
        <translation>Consumption by department and item</translation>
    </message>
    <message>
        <source>下学期物资供需计划</source>
        <translation>Next term’s supply plan</translation>
    </message>
    <message>
        <source>部门(&amp;D)</source>
        <translation>&amp;Department</translation>
    </message>
    <message>
        <source>学期(&amp;T)</source>
        <translation>&amp;Term</translation>
    </message>
    <message>
        <source>日期范围(&amp;G)</source>
        <translation>Date ran&amp;ge</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>统计(&amp;Q)</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>停止</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>导出 Excel(&amp;E)…</source>
        <translation>&amp;Export to Excel…</translation>
    </message>
</context>
<context>
    <name>StockRequisitionDialog</name>
    <message>
        <source>领用单</source>
        <translation>Requisition</translation>
    </message>
    <message>
        <source>领用日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>领用部门*</source>
        <translation>Department*</translation>
    </message>
    <message>
        <source>领用人*</source>
        <translation>Requester*</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>如：期中考试印卷</source>
        <translation>e.g. printing the mid-term exams</translation>
    </message>
    <message>
        <source>录入物资：输入编码或名称 → 回车 → 数量 → 回车，接着录下一行</source>
        <translation>Enter items: code or name → Enter → quantity → Enter, then the next line</translation>
    </message>
    <message>
        <source>物资(&amp;W)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>输入编码或名称的几个字，回车选择</source>
        <translation>Type a code or part of a name, Enter picks</translation>
    </message>
    <message>
        <source>数量(&amp;Q)</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>把这一行加入单据（回车）</source>
        <translation>Add this line to the document (Enter)</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <source>删除选中的行（Delete）</source>
        <translation>Delete the selected lines (Delete)</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StockReturnDialog</name>
    <message>
        <source>退库单</source>
        <translation>Return to stock</translation>
    </message>
    <message>
        <source>领用单*</source>
        <translation>Requisition*</translation>
    </message>
    <message>
        <source>退库日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>退库人</source>
        <translation>Returned by</translation>
    </message>
    <message>
        <source>退库原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>如：多领、未用完</source>
        <translation>e.g. too many taken, not used up</translation>
    </message>
    <message>
        <source>在“退回数量”一栏填写要退回的数量（回车到下一行）；不退的行留空。</source>
        <translation>Type the quantities coming back in the “Return” column (Enter goes down); leave the others empty.</translation>
    </message>
    <message>
        <source>库管员</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StockStocktakeDialog</name>
    <message>
        <source>库房盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>盘点日期</source>
        <translation>Count date</translation>
    </message>
    <message>
        <source>类别(&amp;G)</source>
        <translation>Cate&amp;gory</translation>
    </message>
    <message>
        <source>货位(&amp;H)</source>
        <translation>S&amp;helf</translation>
    </message>
    <message>
        <source>如 A-01，留空为全部</source>
        <translation>e.g. A-01; leave empty for all</translation>
    </message>
    <message>
        <source>载入账面数(&amp;L)</source>
        <translation>&amp;Load book quantities</translation>
    </message>
    <message>
        <source>按所选类别和货位列出物资及当前账面数量</source>
        <translation>List the items of the chosen category and shelf with their current book quantity</translation>
    </message>
    <message>
        <source>盘点说明*</source>
        <translation>Purpose*</translation>
    </message>
    <message>
        <source>如：2026年秋季学期期末盘点</source>
        <translation>e.g. end-of-term stocktake, autumn 2026</translation>
    </message>
    <message>
        <source>盘点人*</source>
        <translation>Counted by*</translation>
    </message>
    <message>
        <source>监盘人*</source>
        <translation>Supervised by*</translation>
    </message>
    <message>
        <source>库管员</source>
        <translation>Storekeeper</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>在“实盘数量”栏直接输入点到的数量，回车到下一行；不填的物资不调整。</source>
        <translation>Type the quantity found on the shelf in the “Counted” column; Enter moves to the next line. Items left blank are not adjusted.</translation>
    </message>
    <message>
        <source>打印盘点表(&amp;P)…</source>
        <translation>&amp;Print count sheet…</translation>
    </message>
    <message>
        <source>打印带空白“实盘数量”栏的库存盘点表，到货架前手工填写</source>
        <translation>Print a count sheet with a blank “Counted” column to fill in by hand at the shelves</translation>
    </message>
</context>
<context>
    <name>StockTab</name>
    <message>
        <source>入库…</source>
        <translation>Receive…</translation>
    </message>
    <message>
        <source>领用单…</source>
        <translation>Requisition…</translation>
    </message>
    <message>
        <source>退库…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <source>报损…</source>
        <translation>Write off…</translation>
    </message>
    <message>
        <source>盘点…</source>
        <translation>Stocktake…</translation>
    </message>
    <message>
        <source>新增物资…</source>
        <translation>New item…</translation>
    </message>
    <message>
        <source>编辑物资…</source>
        <translation>Edit item…</translation>
    </message>
    <message>
        <source>停用物资</source>
        <translation>Deactivate item</translation>
    </message>
    <message>
        <source>删除物资</source>
        <translation>Delete item</translation>
    </message>
    <message>
        <source>导入物资…</source>
        <translation>Import items…</translation>
    </message>
    <message>
        <source>统计报表…</source>
        <translation>Reports…</translation>
    </message>
    <message>
        <source>库存与台账</source>
        <translation>Stock and ledger</translation>
    </message>
    <message>
        <source>单据</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>入库(&amp;R)…</source>
        <translation>&amp;Receive goods…</translation>
    </message>
    <message>
        <source>领用单(&amp;L)…</source>
        <translation>Re&amp;quisition…</translation>
    </message>
    <message>
        <source>退库(&amp;T)…</source>
        <translation>Re&amp;turn to stock…</translation>
    </message>
    <message>
        <source>报损(&amp;B)…</source>
        <translation>&amp;Write off…</translation>
    </message>
    <message>
        <source>盘点(&amp;K)…</source>
        <translation>Stoc&amp;ktake…</translation>
    </message>
    <message>
        <source>新增物资(&amp;N)…</source>
        <translation>&amp;New item…</translation>
    </message>
    <message>
        <source>导入物资和期初库存(&amp;I)…</source>
        <translation>&amp;Import items and opening stock…</translation>
    </message>
    <message>
        <source>库存与台账(&amp;S)</source>
        <translation>&amp;Stock and ledger</translation>
    </message>
    <message>
        <source>单据(&amp;D)</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>统计报表(&amp;P)…</source>
        <translation>Re&amp;ports…</translation>
    </message>
    <message>
        <source>启用物资</source>
        <translation>Activate item</translation>
    </message>
    <message>
        <source>已新增物资</source>
        <translation>Item added</translation>
    </message>
    <message>
        <source>物资已保存</source>
        <translation>Item saved</translation>
    </message>
    <message>
        <source>物资 {code} 已停用</source>
        <translation>Item {code} deactivated</translation>
    </message>
    <message>
        <source>物资 {code} 已启用</source>
        <translation>Item {code} activated</translation>
    </message>
    <message>
        <source>删除物资 {code} {name}？</source>
        <translation>Delete item {code} {name}?</translation>
    </message>
    <message>
        <source>物资 {code} 已删除</source>
        <translation>Item {code} deleted</translation>
    </message>
    <message>
        <source>物资 {code} {name} 已有出入库记录或单据，不能删除。</source>
        <translation>Item {code} {name} has stock moves or documents and cannot be deleted.</translation>
    </message>
    <message>
        <source>它已经停用。</source>
        <translation> It is already deactivated.</translation>
    </message>
    <message>
        <source>它还有库存 {qty} {unit}，先领用或报损完，再停用。</source>
        <translation> It still has {qty} {unit} in stock: issue or write it off first, then deactivate it.</translation>
    </message>
    <message>
        <source>停用后它不再出现在新单据中，台账和单据照旧保留。

改为停用吗？</source>
        <translation>Once deactivated it no longer appears on new documents; its ledger and documents are kept.

Deactivate it instead?</translation>
    </message>
    <message>
        <source>正在生成 {number}…</source>
        <translation>Making {number}…</translation>
    </message>
    <message>
        <source>已生成：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>库房</source>
        <translation>Stock room</translation>
    </message>
</context>
<context>
    <name>StockWriteOffDialog</name>
    <message>
        <source>报损单</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>报损日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>报损原因*</source>
        <translation>Reason*</translation>
    </message>
    <message>
        <source>如：仓库漏雨受潮、过期失效</source>
        <translation>e.g. damp from a leaking roof, past its use-by date</translation>
    </message>
    <message>
        <source>录入物资：输入编码或名称 → 回车 → 数量 → 回车，接着录下一行</source>
        <translation>Enter items: code or name → Enter → quantity → Enter, then the next line</translation>
    </message>
    <message>
        <source>物资(&amp;W)</source>
        <translation>&amp;Item</translation>
    </message>
    <message>
        <source>输入编码或名称的几个字，回车选择</source>
        <translation>Type a code or part of a name, Enter picks</translation>
    </message>
    <message>
        <source>数量(&amp;Q)</source>
        <translation>&amp;Quantity</translation>
    </message>
    <message>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>把这一行加入单据（回车）</source>
        <translation>Add this line to the document (Enter)</translation>
    </message>
    <message>
        <source>删除行(&amp;D)</source>
        <translation>&amp;Delete line</translation>
    </message>
    <message>
        <source>删除选中的行（Delete）</source>
        <translation>Delete the selected lines (Delete)</translation>
    </message>
    <message>
        <source>签字</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>经手人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StocktakeDialog</name>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>过账(&amp;S)</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <source>类别：{name}</source>
        <translation>Category: {name}</translation>
    </message>
    <message>
        <source>货位：{shelf}</source>
        <translation>Shelf: {shelf}</translation>
    </message>
    <message>
        <source>全部物资</source>
        <translation>All items</translation>
    </message>
    <message>
        <source>共 {total} 种，已盘 {counted} 种；盘盈 {gains} 种 {gain} 元，盘亏 {losses} 种 {loss} 元</source>
        <translation>{total} items, {counted} counted; surplus on {gains} items ¥{gain}, shortage on {losses} items ¥{loss}</translation>
    </message>
    <message>
        <source>盘点表上没有物资：请换一个类别或货位后重新载入。</source>
        <translation>The count sheet has no items: choose another category or shelf and load again.</translation>
    </message>
    <message>
        <source>库存盘点表</source>
        <translation>Stock count sheet</translation>
    </message>
</context>
<context>
    <name>StocktakeModel</name>
    <message>
        <source>物资编码</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>物资名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>规格型号</source>
        <translation>Specification</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>账面数量</source>
        <translation>Book qty</translation>
    </message>
    <message>
        <source>实盘数量</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>差异</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>Amount (¥)</translation>
    </message>
</context>
<context>
    <name>StoredValue</name>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>闲置</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>维修中</source>
        <translation>Under repair</translation>
    </message>
    <message>
        <source>待报废</source>
        <translation>Pending disposal</translation>
    </message>
    <message>
        <source>已报废</source>
        <translation>Disposed</translation>
    </message>
    <message>
        <source>丢失</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>购置</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>调入</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <source>接受捐赠</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>自建</source>
        <translation>Self-built</translation>
    </message>
    <message>
        <source>置换</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>盘盈</source>
        <translation>Inventory surplus</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>领用</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>调拨</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>归还</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>移交</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>已批准</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>已驳回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>报废</source>
        <translation>Scrap</translation>
    </message>
    <message>
        <source>调出</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <source>出售</source>
        <translation>Sale</translation>
    </message>
    <message>
        <source>捐赠</source>
        <translation>Donation</translation>
    </message>
    <message>
        <source>入库</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>退库</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>报损</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <source>盘点</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已提交</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>已发放</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已过账</source>
        <translation>Posted</translation>
    </message>
    <message>
        <source>期初</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>调整</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <source>领用</source>
        <comment>stock document type</comment>
        <translation>Requisition</translation>
    </message>
</context>
<context>
    <name>WriteOffDialog</name>
    <message>
        <source>过账(&amp;S)</source>
        <translation>Po&amp;st</translation>
    </message>
    <message>
        <source>部门</source>
        <translation>department</translation>
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
    <name>dialog_keys</name>
    <message>
        <source>保存（Ctrl+Enter）</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
</context>
</TS>
