; 后勤管家 Houqin — the Windows installer (NSIS 3, Modern UI 2, 64-bit, Chinese and English).
;
; Built by `python installer/build.py`, which passes:
;   -DVERSION=0.1.0          the app's version (app/__init__.py)
;   -DVERSION4=0.1.0.0       the same as four numbers for the file's version resource
;   -DBUNDLE_DIR=…\dist\Houqin   the PyInstaller onedir bundle (houqin.exe, houqin-cli.exe, _internal\)
;   -DOUTFILE=…\dist\Houqin-0.1.0-Setup.exe
;   -DROOT=…                 the repository (icons, licence)
;   -DNSIS_TARGET=amd64-unicode  (default) or x86-unicode with an NSIS that lacks 64-bit stubs
; By hand from installer\:  makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 houqin.nsi
;
; Per machine: installs into Program Files and needs administrator rights (see README.md for why).
; The school's data is never here: the database, backups and logs live in each user's
; %LOCALAPPDATA%\Houqin, which upgrading never touches and uninstalling removes only when the
; person uninstalling says so twice (never in silent mode).
;
; Silent use for school IT:
;   Houqin-0.1.0-Setup.exe /S [/NODESKTOP] [/D=C:\Path\Houqin]     (/D must come last, unquoted)
;   "%ProgramFiles%\Houqin\uninstall.exe" /S
; Exit codes: 0 done, 1 cancelled, 2 stopped (Houqin still running, Windows too old, a newer
; version already installed).

!ifndef NSIS_TARGET
  !define NSIS_TARGET "amd64-unicode" ; 64-bit installer; x86-unicode for NSIS builds without it
!endif
Unicode true
Target ${NSIS_TARGET}
ManifestDPIAware true
ManifestSupportedOS all
RequestExecutionLevel admin
SetCompressor /SOLID lzma
SetCompressorDictSize 64
CRCCheck on

!ifndef VERSION
  !error "Pass the version: makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 houqin.nsi"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
; makensis works in this script's folder, so relative defaults resolve from installer\.
!ifndef ROOT
  !define ROOT ".."
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "${ROOT}\dist\Houqin"
!endif
!ifndef OUTFILE
  !define OUTFILE "${ROOT}\dist\Houqin-${VERSION}-Setup.exe"
!endif
!if ! /FileExists "${BUNDLE_DIR}\houqin.exe"
  !error "No houqin.exe in ${BUNDLE_DIR}: build the bundle first (python installer/build.py)"
!endif
!if ! /FileExists "${BUNDLE_DIR}\houqin-cli.exe"
  !error "No houqin-cli.exe in ${BUNDLE_DIR}"
!endif
!if ! /FileExists "${BUNDLE_DIR}\_internal\*.*"
  !error "No _internal folder in ${BUNDLE_DIR}"
!endif

!define APP_NAME "后勤管家"
!define APP_FULL_NAME "后勤管家 Houqin"
!define PUBLISHER "Houqin developers"
!define APP_EXE "houqin.exe"
!define CLI_EXE "houqin-cli.exe"
!define UNINSTALLER "uninstall.exe"
!define SHORTCUT "${APP_NAME}.lnk"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Houqin"
!define APP_PATHS_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\${APP_EXE}"
; app/paths.py: %LOCALAPPDATA%\Houqin on Windows
!define DATA_SUBDIR "Houqin"

Name "${APP_FULL_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\Houqin"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_FULL_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Var OldVersion
Var OldDir

; --- pages -------------------------------------------------------------------------------------

!define MUI_ICON "${ROOT}\resources\icons\houqin.ico"
!define MUI_UNICON "${ROOT}\resources\icons\houqin.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "${ROOT}\resources\icons\installer-wizard.bmp"
!define MUI_UNWELCOMEFINISHPAGE_BITMAP "${ROOT}\resources\icons\installer-wizard.bmp"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_SMALLDESC

!define MUI_WELCOMEPAGE_TEXT "$(WelcomeText)"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${ROOT}\LICENSE"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipDirectoryOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_TEXT "$(RunNow)"
!define MUI_FINISHPAGE_RUN_FUNCTION LaunchAsUser
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; Windows' display language picks Chinese or English.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

; --- texts -------------------------------------------------------------------------------------

LangString WelcomeText ${LANG_SIMPCHINESE} "本向导将在这台电脑上安装 ${APP_FULL_NAME} ${VERSION}。$\r$\n$\r$\n后勤管家用于学校后勤的校产台账、交接、维修、库房与预算管理，完全离线工作。$\r$\n$\r$\n升级时会保留原有的数据库和备份：数据保存在每个用户自己的数据文件夹中，不在安装文件夹里。$\r$\n$\r$\n安装前请关闭正在运行的后勤管家。"
LangString WelcomeText ${LANG_ENGLISH} "This wizard installs ${APP_FULL_NAME} ${VERSION} on this computer.$\r$\n$\r$\nHouqin keeps a school's property register, handovers, repairs, stock room and budget, entirely offline.$\r$\n$\r$\nUpgrading keeps the existing database and backups: they live in each user's own data folder, not in the program folder.$\r$\n$\r$\nPlease close Houqin before you continue."
LangString SecAppName ${LANG_SIMPCHINESE} "后勤管家（必需）"
LangString SecAppName ${LANG_ENGLISH} "Houqin (required)"
LangString SecAppDesc ${LANG_SIMPCHINESE} "程序文件、开始菜单快捷方式和“应用和功能”中的卸载项。"
LangString SecAppDesc ${LANG_ENGLISH} "The program, its Start menu shortcut and its entry in Apps & features."
LangString SecDesktopName ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopDesc ${LANG_SIMPCHINESE} "在公用桌面上放一个后勤管家的快捷方式。"
LangString SecDesktopDesc ${LANG_ENGLISH} "Puts a Houqin shortcut on the public desktop."
LangString ShortcutComment ${LANG_SIMPCHINESE} "学校后勤的校产台账、交接、维修、库房与预算管理"
LangString ShortcutComment ${LANG_ENGLISH} "School property register, handovers, repairs, stock room and budget"
LangString RunNow ${LANG_SIMPCHINESE} "现在启动后勤管家"
LangString RunNow ${LANG_ENGLISH} "Start Houqin now"
LangString NeedsWindows10 ${LANG_SIMPCHINESE} "后勤管家需要 64 位的 Windows 10 或更新版本。"
LangString NeedsWindows10 ${LANG_ENGLISH} "Houqin needs 64-bit Windows 10 or later."
LangString SetupRunning ${LANG_SIMPCHINESE} "后勤管家的安装程序已经在运行。"
LangString SetupRunning ${LANG_ENGLISH} "The Houqin setup is already running."
LangString NewerInstalled ${LANG_SIMPCHINESE} "这台电脑上已经安装了较新的后勤管家 $OldVersion。$\r$\n$\r$\n要改装旧版本 ${VERSION} 吗？较新版本用过的数据库，旧版本会拒绝打开。"
LangString NewerInstalled ${LANG_ENGLISH} "A newer Houqin ($OldVersion) is already installed.$\r$\n$\r$\nInstall the older version ${VERSION} instead? An older version refuses a database a newer one has used."
LangString AppRunning ${LANG_SIMPCHINESE} "后勤管家正在运行。$\r$\n$\r$\n请关闭所有后勤管家窗口（以及正在运行的 houqin-cli 命令），然后点“重试”。"
LangString AppRunning ${LANG_ENGLISH} "Houqin is running.$\r$\n$\r$\nPlease close every Houqin window (and any houqin-cli command that is running), then click Retry."
LangString RemovingOld ${LANG_SIMPCHINESE} "正在删除 $OldDir 中的旧版本……"
LangString RemovingOld ${LANG_ENGLISH} "Removing the old version in $OldDir…"
LangString AskRemoveData ${LANG_SIMPCHINESE} "后勤管家已经卸载。$\r$\n$\r$\n是否同时删除当前用户的后勤管家数据？$\r$\n$\r$\n    $LOCALAPPDATA\${DATA_SUBDIR}$\r$\n$\r$\n其中有数据库（校产台账等全部记录）、备份、打印的 PDF 和日志。$\r$\n选“否”会保留数据，以后重新安装可以继续使用。"
LangString AskRemoveData ${LANG_ENGLISH} "Houqin has been uninstalled.$\r$\n$\r$\nAlso delete this user's Houqin data?$\r$\n$\r$\n    $LOCALAPPDATA\${DATA_SUBDIR}$\r$\n$\r$\nIt holds the database (the whole register), backups, printed PDFs and logs.$\r$\nChoose No to keep it; a later installation will use it again."
LangString ConfirmRemoveData ${LANG_SIMPCHINESE} "确定要永久删除这些数据吗？删除后无法恢复。$\r$\n$\r$\n如果还需要这些记录，请选“否”，先把整个文件夹复制到别处保存。"
LangString ConfirmRemoveData ${LANG_ENGLISH} "Delete the data for good? It cannot be undone.$\r$\n$\r$\nIf the records may still be needed, choose No and copy the whole folder somewhere safe first."
LangString DataKept ${LANG_SIMPCHINESE} "数据已保留：$LOCALAPPDATA\${DATA_SUBDIR}"
LangString DataKept ${LANG_ENGLISH} "Data kept: $LOCALAPPDATA\${DATA_SUBDIR}"

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductName" "${APP_FULL_NAME}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "LegalCopyright" "Copyright (c) 2026 The Houqin developers. MIT License."
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_SIMPCHINESE} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_FULL_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "Houqin Setup"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "Copyright (c) 2026 The Houqin developers. MIT License."
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"

; --- shared by installer and uninstaller -------------------------------------------------------

; Waits until neither executable is running: a running .exe cannot be opened for writing.
!macro WAIT_UNTIL_CLOSED UN
Function ${UN}WaitUntilClosed
  Push $0
  Push $1
  retry:
  StrCpy $1 ""
  ${If} ${FileExists} "$INSTDIR\${APP_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${APP_EXE}" a
    ${If} ${Errors}
      StrCpy $1 "busy"
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${CLI_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${CLI_EXE}" a
    ${If} ${Errors}
      StrCpy $1 "busy"
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
  ${If} $1 == "busy"
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
    SetErrorLevel 2
    Quit
  ${EndIf}
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro WAIT_UNTIL_CLOSED ""
!insertmacro WAIT_UNTIL_CLOSED "un."

; --- install -----------------------------------------------------------------------------------

Section "!$(SecAppName)" SecApp
  SectionIn RO
  Call WaitUntilClosed

  ; Installed before somewhere else (e.g. /D= on an upgrade): remove that copy, data stays.
  ${If} $OldDir != ""
  ${AndIf} $OldDir != $INSTDIR
  ${AndIf} ${FileExists} "$OldDir\${UNINSTALLER}"
    DetailPrint "$(RemovingOld)"
    ExecWait '"$OldDir\${UNINSTALLER}" /S _?=$OldDir'
    Delete "$OldDir\${UNINSTALLER}"
    RMDir "$OldDir"
  ${EndIf}

  ; Upgrade in place: the old program files go first so nothing stale stays in _internal.
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"

  ; Win+R "houqin" starts the program.
  WriteRegStr HKLM "${APP_PATHS_KEY}" "" "$INSTDIR\${APP_EXE}"
  WriteRegStr HKLM "${APP_PATHS_KEY}" "Path" "$INSTDIR"

  ; Apps & features / Add or Remove Programs
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_FULL_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegStr HKLM "${UNINST_KEY}" "Comments" "$(ShortcutComment)"
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${SHORTCUT}" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  ; One setup at a time.
  System::Call 'kernel32::CreateMutex(p 0, i 0, t "HouqinSetupMutex") p .r1 ?e'
  Pop $0
  ${If} $0 = 183 ; ERROR_ALREADY_EXISTS
    MessageBox MB_OK|MB_ICONEXCLAMATION "$(SetupRunning)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
  SetRegView 64
  SetShellVarContext all ; Start menu and desktop shortcuts for every user of the PC

  ReadRegStr $OldVersion HKLM "${UNINST_KEY}" "DisplayVersion"
  ReadRegStr $OldDir HKLM "${UNINST_KEY}" "InstallLocation"
  ; InstallDirRegKey reads before SetRegView: a 32-bit (x86-unicode) setup misses the 64-bit key.
  ${If} $OldDir != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\Houqin"
    StrCpy $INSTDIR $OldDir
  ${EndIf}
  ${If} $OldVersion != ""
    ${VersionCompare} "${VERSION}" "$OldVersion" $0
    ${If} $0 == 2 ; this setup is older than what is installed
      MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(NewerInstalled)" /SD IDNO IDYES downgrade
      SetErrorLevel 2
      Quit
      downgrade:
    ${EndIf}
  ${EndIf}

  ; /NODESKTOP: no desktop shortcut (school IT's silent installs)
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/NODESKTOP" $1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecDesktop} 0
  ${EndIf}
FunctionEnd

Function SkipDirectoryOnUpgrade
  ; An upgrade goes where the old version is (InstallDirRegKey); no folder to choose.
  ${If} $OldVersion != ""
    Abort
  ${EndIf}
FunctionEnd

Function LaunchAsUser
  ; The installer runs elevated; starting through Explorer runs Houqin as the signed-in user,
  ; so it opens that user's database and not the administrator's.
  Exec '"$WINDIR\explorer.exe" "$INSTDIR\${APP_EXE}"'
FunctionEnd

; --- uninstall ---------------------------------------------------------------------------------

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "Uninstall"
  Call un.WaitUntilClosed

  ; Only what the installer put here: a data\ folder (portable use) or anything else stays.
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${SHORTCUT}"
  Delete "$DESKTOP\${SHORTCUT}"
  DeleteRegKey HKLM "${APP_PATHS_KEY}"
  DeleteRegKey HKLM "${UNINST_KEY}"

  ; The data of the user running the uninstaller: removed only on two explicit yeses,
  ; never in silent mode (/SD IDNO) and never during an upgrade (which runs this with /S).
  SetShellVarContext current
  ${If} ${FileExists} "$LOCALAPPDATA\${DATA_SUBDIR}\*.*"
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "$(AskRemoveData)" /SD IDNO IDNO keep_data
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(ConfirmRemoveData)" /SD IDNO IDNO keep_data
    RMDir /r "$LOCALAPPDATA\${DATA_SUBDIR}"
    Goto data_done
    keep_data:
    DetailPrint "$(DataKept)"
    data_done:
  ${EndIf}
  SetShellVarContext all
SectionEnd
