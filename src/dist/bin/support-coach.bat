@echo off
rem support-coach launcher for Windows. Needs Java 17 or later, on PATH or in JAVA_HOME; nothing else.
rem Reads the rules in this distribution's rules\ folder, so an edit there counts at once.
rem Extra JVM options: SUPPORT_COACH_JAVA_OPTS (e.g. -Xmx2g). Russian text needs a UTF-8 console: chcp 65001
setlocal
set "SC_HOME=%~dp0.."
if defined JAVA_HOME (
  set "SC_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "SC_JAVA=java.exe"
)
"%SC_JAVA%" -version >nul 2>&1
if errorlevel 1 (
  echo support-coach: Java not found: install Java 17 or later, or set JAVA_HOME 1>&2
  exit /b 127
)
"%SC_JAVA%" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "-Dsupport-coach.rules=%SC_HOME%\rules" %SUPPORT_COACH_JAVA_OPTS% -cp "%SC_HOME%\lib\*" dev.supportcoach.cli.Main %*
exit /b %ERRORLEVEL%
