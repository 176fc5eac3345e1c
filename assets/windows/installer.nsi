; LO Desk's Windows installer (NSIS 3, Debian's nsis package). dist.mk
; builds it after the portable .exe:
;
;   makensis -DVERSION=0.1.0 -DBUILD=3 -DEXE=/abs/lodesk.exe \
;            -DICON=/abs/icon.ico -DOUTFILE=/abs/setup.exe installer.nsi
;
; A per-user install that needs no administrator: the program goes to
; %LOCALAPPDATA%\Programs\LO Desk, with a Start menu shortcut, an optional
; desktop shortcut, .lodesk files opening in LO Desk with its icon
; (HKCU\Software\Classes) and an entry in Apps & features
; (HKCU\...\Uninstall). The uninstaller removes only what this installs:
; events, backups, settings and logs (%APPDATA%\LO Desk,
; %LOCALAPPDATA%\LO Desk) stay. Silent: setup.exe /S (and /D=DIR, last,
; to choose the folder); uninstall.exe /S.

!ifndef VERSION | BUILD | EXE | ICON | OUTFILE
  !error "define VERSION, BUILD, EXE, ICON and OUTFILE (see dist.mk)"
!endif

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user
ManifestDPIAware true

!define NAME "LO Desk"
!define PROGID "LODesk.Event"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\LODesk"
!define APPPATH_KEY "Software\Microsoft\Windows\CurrentVersion\App Paths\lodesk.exe"

Name "${NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

; The installer's own version resource (Properties > Details).
VIProductVersion "${VERSION}.${BUILD}"
VIFileVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "ProductName" "${NAME}"
VIAddVersionKey /LANG=0 "FileDescription" "${NAME} setup"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${NAME}"
VIAddVersionKey /LANG=0 "Comments" "Liaison officer desk for international congresses"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_FINISHPAGE_RUN "$INSTDIR\lodesk.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

LangString SecProgram ${LANG_ENGLISH} "LO Desk (required)"
LangString SecProgram ${LANG_INDONESIAN} "LO Desk (wajib)"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktop ${LANG_INDONESIAN} "Pintasan di desktop"
LangString FileType ${LANG_ENGLISH} "LO Desk event"
LangString FileType ${LANG_INDONESIAN} "Acara LO Desk"

Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "$(SecProgram)" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  File "/oname=lodesk.exe" "${EXE}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${NAME}.lnk" "$INSTDIR\lodesk.exe" "" "$INSTDIR\lodesk.exe" 0

  ; .lodesk files: LO Desk opens them, with its icon.
  WriteRegStr HKCU "Software\Classes\.lodesk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileType)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\lodesk.exe,0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\lodesk.exe" "%1"'
  ; Win+R "lodesk" finds it.
  WriteRegStr HKCU "${APPPATH_KEY}" "" "$INSTDIR\lodesk.exe"

  ; Apps & features.
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\lodesk.exe,0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0

  ; Tell Explorer that file associations changed (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${NAME}.lnk" "$INSTDIR\lodesk.exe" "" "$INSTDIR\lodesk.exe" 0
SectionEnd

Section "Uninstall"
  Delete "$INSTDIR\lodesk.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR" ; only if empty: nothing of the user's is removed
  Delete "$SMPROGRAMS\${NAME}.lnk"
  Delete "$DESKTOP\${NAME}.lnk"

  ; The association, only while it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.lodesk" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.lodesk"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegKey HKCU "${APPPATH_KEY}"
  DeleteRegKey HKCU "${UNINST_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd
