; Handledning's additions to electron-builder's NSIS installer (nsis.include in
; electron-builder.yml). electron-builder includes this file in both the installer and the
; uninstaller and reads it as UTF-8 (makensis -INPUTCHARSET UTF8).
;
; The uninstaller removes the program only. The database and its backups live in
; %LOCALAPPDATA%\Handledning (electron/backend/dataDir.ts), apart from the program folder,
; and this file never removes them: reinstalling opens them as before.

; The last page of the installer: start Handledning (ticked), and a desktop shortcut for
; those who want one (unticked; nsis.createDesktopShortcut is false, so electron-builder
; makes none itself and removes this one on uninstall only through customUnInstall below).
!macro customFinishPage
  Function StartApp
    ${if} ${isUpdated}
      StrCpy $1 "--updated"
    ${else}
      StrCpy $1 ""
    ${endif}
    ${StdUtils.ExecShellAsUser} $0 "$launchLink" "open" "$1"
  FunctionEnd

  Function CreateDesktopShortcut
    CreateShortCut "$newDesktopLink" "$appExe" "" "$appExe" 0 "" "" "${APP_DESCRIPTION}"
    WinShell::SetLnkAUMI "$newDesktopLink" "${APP_ID}"
  FunctionEnd

  !define MUI_FINISHPAGE_RUN
  !define MUI_FINISHPAGE_RUN_TEXT "Starta Handledning"
  !define MUI_FINISHPAGE_RUN_FUNCTION "StartApp"
  !define MUI_FINISHPAGE_SHOWREADME
  !define MUI_FINISHPAGE_SHOWREADME_TEXT "Skapa en genväg på skrivbordet"
  !define MUI_FINISHPAGE_SHOWREADME_NOTCHECKED
  !define MUI_FINISHPAGE_SHOWREADME_FUNCTION "CreateDesktopShortcut"
  !insertmacro MUI_PAGE_FINISH
!macroend

; The uninstaller's first page says what stays before anything is removed.
!macro customUnWelcomePage
  !define MUI_WELCOMEPAGE_TITLE "Avinstallera Handledning"
  !define MUI_WELCOMEPAGE_TEXT "Programmet Handledning tas bort från datorn.$\r$\n$\r$\nDina uppgifter och säkerhetskopior tas inte bort. De finns kvar i mappen %LOCALAPPDATA%\Handledning och i den mapp för säkerhetskopior som du har valt i programmet.$\r$\n$\r$\nOm du installerar Handledning igen öppnas de som förut."
  !insertmacro MUI_UNPAGE_WELCOME
!macroend

; The desktop shortcut the finish page may have made; an update keeps it.
!macro customUnInstall
  ${ifNot} ${isUpdated}
    WinShell::UninstShortcut "$oldDesktopLink"
    Delete "$oldDesktopLink"
  ${endIf}
  DetailPrint "Uppgifter och säkerhetskopior finns kvar i %LOCALAPPDATA%\Handledning."
!macroend
