"""Run the real TeX toolchain over a .bib and collect every warning and error.

bibtex chain: pdflatex, bibtex, pdflatex; biber chain: biber's parse gate,
pdflatex, biber --validate-datamodel, pdflatex; a last pdflatex run when the
log asks for a rerun (as latexmk decides).  Each style is compiled in
each of the plainest preambles (no fontenc, ``[T1]{fontenc}``,
``[utf8]{inputenc}``).  Exit codes hide warnings, so the .blg and .log files are
grepped as ../shared/docs/bibtex.md says.  bibtex or biber runs once per style:
a preamble whose first LaTeX run writes the same .aux/.bcf as the one before
reuses that .bbl (the .bbl is made from those and the .bib alone).
"""

from __future__ import annotations

import filecmp
import os
import re
import shutil
import subprocess
from pathlib import Path

TOOLS = ("pdflatex", "bibtex", "biber")
BIBTEX_STYLES = ("plainnat", "IEEEtran", "alpha", "plain", "acm", "apalike")
BIBLATEX_STYLES = ("ieee", "numeric", "authoryear")
PREAMBLES = {"plain": "", "T1": "\\usepackage[T1]{fontenc}\n", "utf8": "\\usepackage[utf8]{inputenc}\n"}


def document(dialect: str, style: str, preamble: str) -> str:
    """The test document: article class, the preamble's one line, the style."""
    head = "\\documentclass{article}\n" + PREAMBLES[preamble] + "\\usepackage{url}\n"
    if dialect == "bibtex":
        natbib = "\\usepackage{natbib}\n" if style == "plainnat" else ""
        return (head + natbib + "\\begin{document}\n\\nocite{*}\n\\bibliographystyle{" + style + "}\n"
                "\\bibliography{refs}\n\\end{document}\n")
    return (head + "\\usepackage[backend=biber,style=" + style + "]{biblatex}\n\\addbibresource{refs.bib}\n"
            "\\begin{document}\n\\nocite{*}\n\\printbibliography\n\\end{document}\n")


_BLG_BIBTEX = re.compile(r"^Warning--|---line \d+ of file|while executing---|^I was expecting|^I'm skipping|^Repeated entry")
_BLG_BIBER = re.compile(r"> (?:WARN|ERROR) - ")
#: biber --tool prints its findings to the console without the log's "[ms] Module.pm:line>" prefix.
_GATE = re.compile(r"^(?:WARN|ERROR) - ")
_RERUN = re.compile(r"[Rr]erun")
_LOG = re.compile(r"^! |^[^\s:]+\.(?:tex|bbl):\d+:|Warning:|Missing character")


def have_tools() -> bool:
    """pdflatex, bibtex, biber, and every style of the matrix (IEEEtran.bst is in texlive-publishers)."""
    if not all(shutil.which(t) for t in (*TOOLS, "kpsewhich")):
        return False
    found = subprocess.run(["kpsewhich", "IEEEtran.bst", *(f"{s}.bbx" for s in BIBLATEX_STYLES)],
                           capture_output=True, text=True, check=False).stdout.split()
    return len(found) == 1 + len(BIBLATEX_STYLES)


_ENV = {"max_print_line": "10000", "error_line": "254", "half_error_line": "238"}


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, env={**os.environ, **_ENV}, capture_output=True, text=True, errors="replace",
                          timeout=600, check=False)


def _grep(path: Path, pattern: re.Pattern[str]) -> list[str]:
    if not path.exists():
        return [f"{path.name} was not written"]
    text = path.read_text(encoding="utf-8", errors="replace")
    return [f"{path.name}: {line}" for line in text.splitlines() if pattern.search(line)]


def _gate(workdir: Path) -> subprocess.Popen[str]:
    """biber's parse gate over refs.bib, started in the background."""
    return subprocess.Popen(["biber", "--tool", "--validate-datamodel", "--output-file=/dev/null", "refs.bib"],
                            cwd=workdir, env={**os.environ, **_ENV}, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, errors="replace")


def _compile(workdir: Path, dialect: str, style: str, preamble: str, before: Path | None) -> list[str]:
    """One document's chain in ``workdir`` (refs.bib there); ``before``: the folder of
    the previous preamble, whose .bbl is reused when its .aux/.bcf are the same."""
    latex = ["pdflatex", "-interaction=nonstopmode", "-draftmode", "-file-line-error", "J"]
    (workdir / "J.tex").write_text(document(dialect, style, preamble))
    _run(latex, workdir)
    control = "J.aux" if dialect == "bibtex" else "J.bcf"
    problems: list[str] = []
    if before is not None and filecmp.cmp(before / control, workdir / control, shallow=False):
        shutil.copy(before / "J.bbl", workdir / "J.bbl")
    else:
        _run(["bibtex", "J"] if dialect == "bibtex" else ["biber", "--validate-datamodel", "J"], workdir)
        problems += _grep(workdir / "J.blg", _BLG_BIBTEX if dialect == "bibtex" else _BLG_BIBER)
    _run(latex, workdir)
    # A third run only when LaTeX asks for one (as latexmk decides); the last log is read.
    if _RERUN.search((workdir / "J.log").read_text(encoding="utf-8", errors="replace")):
        _run(latex, workdir)
    return problems + _grep(workdir / "J.log", _LOG)


def check_style(bib: Path, dialect: str, style: str, workdir: Path,
                preambles: tuple[str, ...] = tuple(PREAMBLES), *, gate: bool = True) -> list[str]:
    """Every problem the toolchain reports for ``bib`` in one style, each preamble
    (problems prefixed ``style/preamble:``; empty list: clean).  ``gate=False``
    skips biber's parse gate (it reads the .bib alone: once per .bib is enough)."""
    workdir.mkdir(parents=True, exist_ok=True)
    shutil.copy(bib, workdir / "refs.bib")
    process = _gate(workdir) if dialect == "biblatex" and gate else None
    problems: list[str] = []
    try:
        before = None
        for preamble in preambles:
            here = workdir / f"{style}-{preamble}"
            here.mkdir(exist_ok=True)
            shutil.copy(bib, here / "refs.bib")
            problems += [f"{style}/{preamble}: {p}" for p in _compile(here, dialect, style, preamble, before)]
            before = here
        gate_output = process.communicate(timeout=600)[0] if process else ""
    finally:
        if process:
            process.kill()
            process.wait()
    return [f"biber --tool: {line}" for line in gate_output.splitlines() if _GATE.match(line)] + problems


def check_bib(bib: Path, dialect: str, workdir: Path) -> list[str]:
    """Every problem of ``bib`` in the first style of its dialect, plain preamble."""
    style = BIBTEX_STYLES[0] if dialect == "bibtex" else BIBLATEX_STYLES[0]
    problems = check_style(bib, dialect, style, workdir, ("plain",))
    return [p.removeprefix(f"{style}/plain: ") for p in problems]
