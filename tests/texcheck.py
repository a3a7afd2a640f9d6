"""Run the real TeX toolchain over a .bib and collect every warning and error.

bibtex chain: pdflatex, bibtex (plainnat), pdflatex x2; biber chain: biber's
parse gate, pdflatex, biber --validate-datamodel, pdflatex x2 (biblatex, ieee
style).  Exit codes hide warnings, so the .blg and .log files are grepped as
../shared/docs/bibtex.md says.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

TOOLS = ("pdflatex", "bibtex", "biber")

BIBTEX_DOC = r"""\documentclass{article}
\usepackage{natbib}
\usepackage{url}
\begin{document}
\nocite{*}
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""

BIBER_DOC = r"""\documentclass{article}
\usepackage[backend=biber,style=ieee]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""

_BLG_BIBTEX = re.compile(r"^Warning--|---line \d+ of file|while executing---|^I was expecting|^I'm skipping|^Repeated entry")
_BLG_BIBER = re.compile(r"> (?:WARN|ERROR) - ")
#: biber --tool prints its findings to the console without the log's "[ms] Module.pm:line>" prefix.
_GATE = re.compile(r"^(?:WARN|ERROR) - ")
_LOG = re.compile(r"^! |^[^\s:]+\.(?:tex|bbl):\d+:|Warning:|Missing character")


def have_tools() -> bool:
    return all(shutil.which(t) for t in TOOLS)


_ENV = {"max_print_line": "10000", "error_line": "254", "half_error_line": "238"}


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env={**os.environ, **_ENV}, capture_output=True, text=True, errors="replace",
                          timeout=600, check=False)


def _grep(path: Path, pattern: re.Pattern[str]) -> list[str]:
    if not path.exists():
        return [f"{path.name} was not written"]
    text = path.read_text(encoding="utf-8", errors="replace")
    return [f"{path.name}: {line}" for line in text.splitlines() if pattern.search(line)]


def check_bib(bib: Path, dialect: str, workdir: Path) -> list[str]:
    """Every problem the toolchain reports for ``bib`` (empty list: clean)."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(bib, workdir / "refs.bib")
    latex = ["pdflatex", "-interaction=nonstopmode", "-draftmode", "-file-line-error", "J"]
    problems: list[str] = []
    if dialect == "bibtex":
        (workdir / "J.tex").write_text(BIBTEX_DOC)
        _run(latex, workdir)
        _run(["bibtex", "J"], workdir)
        problems += _grep(workdir / "J.blg", _BLG_BIBTEX)
        _run(latex, workdir)
        _run(latex, workdir)
        return problems + _grep(workdir / "J.log", _LOG)
    # biber's parse gate reads only refs.bib, so it runs beside the document's chain
    # (on a big .bib each takes tens of seconds); its findings are listed first.
    gate = subprocess.Popen(["biber", "--tool", "--validate-datamodel", "--output-file=/dev/null", "refs.bib"],
                            cwd=workdir, env={**os.environ, **_ENV}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace")
    try:
        (workdir / "J.tex").write_text(BIBER_DOC)
        _run(latex, workdir)
        _run(["biber", "--validate-datamodel", "J"], workdir)
        problems += _grep(workdir / "J.blg", _BLG_BIBER)
        _run(latex, workdir)
        _run(latex, workdir)
        problems += _grep(workdir / "J.log", _LOG)
        gate_output, _ = gate.communicate(timeout=600)
    finally:
        gate.kill()
        gate.wait()
    return [f"biber --tool: {line}" for line in gate_output.splitlines() if _GATE.match(line)] + problems
