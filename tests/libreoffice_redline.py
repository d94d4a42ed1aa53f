"""Accept all tracked changes of a DOCX in real LibreOffice (headless), for the redline tests.

A throw-away LibreOffice user profile gets a Basic module (macros in the user's own library are
trusted, no security prompt). The macro opens the document hidden, lists its redlines (author
and type), accepts them all (.uno:AcceptAllTrackedChanges) and saves the result as DOCX.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Redline" script:language="StarBasic">
Sub AcceptAll(inUrl As String, outUrl As String, reportPath As String)
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = &quot;Hidden&quot;
  args(0).Value = True
  doc = StarDesktop.loadComponentFromURL(inUrl, &quot;_blank&quot;, 0, args())
  f = FreeFile
  Open reportPath For Output As #f
  en = doc.Redlines.createEnumeration()
  Do While en.hasMoreElements()
    r = en.nextElement()
    Print #f, r.RedlineType &amp; &quot;|&quot; &amp; r.RedlineAuthor
  Loop
  Close #f
  dispatcher = createUnoService(&quot;com.sun.star.frame.DispatchHelper&quot;)
  dispatcher.executeDispatch(doc.CurrentController.Frame, &quot;.uno:AcceptAllTrackedChanges&quot;, &quot;&quot;, 0, Array())
  Dim sargs(0) As New com.sun.star.beans.PropertyValue
  sargs(0).Name = &quot;FilterName&quot;
  sargs(0).Value = &quot;MS Word 2007 XML&quot;
  doc.storeToURL(outUrl, sargs())
  doc.close(True)
End Sub
</script:module>
"""
LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Redline"/>
</library:library>
"""


@dataclass
class Accepted:
    redlines: list[tuple[str, str]]  # (type, author) as LibreOffice lists them
    docx: Path  # the document after "accept all"


def accept_all(soffice: str, docx: Path, work: Path, timeout: int = 180) -> Accepted:
    profile = work / "lo-profile"
    if not (profile / "user").exists():
        # First start creates the profile; then the Basic module is added to its Standard library.
        subprocess.run([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--terminate_after_init"],
                       capture_output=True, timeout=timeout, check=False)
    basic = profile / "user" / "basic" / "Standard"
    basic.mkdir(parents=True, exist_ok=True)
    (basic / "Redline.xba").write_text(MODULE, encoding="utf-8")
    (basic / "script.xlb").write_text(LIBRARY, encoding="utf-8")
    out = work / (docx.stem + "-accepted.docx")
    report = work / (docx.stem + "-redlines.txt")
    macro = f'macro:///Standard.Redline.AcceptAll("{docx.resolve().as_uri()}","{out.resolve().as_uri()}","{report.resolve()}")'
    subprocess.run([soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}", macro],
                   capture_output=True, timeout=timeout, check=False)
    if not report.exists() or not out.exists():
        raise RuntimeError("LibreOffice did not run the accept-all macro")
    lines = [ln.strip() for ln in report.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]
    return Accepted([tuple(ln.split("|", 1)) for ln in lines], out)  # type: ignore[misc]
