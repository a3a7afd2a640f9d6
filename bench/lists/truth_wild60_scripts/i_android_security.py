"""Wild60 truth for maoqyhz/DroidCC paper.md at 68cd9cf (2019-12): a large Android security / program-analysis
reading list ("collected from impillar / AndroidReferences"), one paper per ``+`` bullet as
``<Title>, <Venue> <Year> (tool: <Name>)``, grouped under 30 ``##`` topic headings.

Shape: 620 lines.  A ``>`` source note (1), ``## Malware Detection`` (3) whose papers sit under seven category
bullets without venue (``+ Static Analysis`` 5, ``+ Dynamic Analysis`` 60, ``+ Machine Learning`` 80,
``+ Fingerprint & matching`` 115, ``+ Formal Method & Symoblic Execution`` 121, ``+ Realtime Monitoring`` 133,
``+ Testing`` 141) as ``  + `` sub-bullets; the other sections (``## Native Code Analysis`` 175 ...
``## Android Crash Analysis and Repair`` 617) have flat ``+ `` bullets (some indented one space, 523-573).
535 paper bullets; no links except the source note and one ``(url: ...)`` (516); no DOI or arXiv id.

Venue/annotation variants seen:
- ``, NDSS 2015`` / ``, Technical Report, 2009`` / ``, Information and Software Technolog, 2012`` /
  ``, 6th ACM Conference on Security and Privacy in Wireless and Mobile Networks, 2013`` / ``, arxiv 2017``.
- Trailing notes: ``(tool: X)``, ``(tools: ...)``, ``(framework: ASF)``, ``(prototype: ...)``, ``(vul: tapjacking)``,
  ``(author: GRAZIUSSI, SIMONE)``, ``(not quite sure) (tool: SEdroid)``, ``(SecureDroid)``, ``(url: ...)``, an
  unclosed ``(tool: LeakSemantic`` (105), ``TechReport (TUD-CS-2015-0065), 2015`` (366), ``2016.`` (567).
- No comma before the venue after a question mark: ``Are We There Yet? ASE 2015`` (150), 263, 483, 492; after
  ``!``: ``History Matters! Technical Report, 2014`` (96); after a full stop: ``... in the developing world.
  USENIX Security 2015`` (562) and ``... banking applications. ACM Transactions on Privacy and Security (TOPS)
  2017`` (570), whose titles themselves contain a comma (``Mo (bile) money, mo (bile) problems: ...``).
- Venues containing commas: 231 (``IEEE International Conference on Privacy, Security, Risk and Trust, and IEEE
  International Conference on Social Computing 2011``), 258 (``... Privacy, Security, Risk and Turst 2010``), 299
  (``8th International Conference on Emerging Security Information, System and Technologies, 2014``).
- No venue and no year: 421 (``... in Android Apps (tool: DUNE)``), 516 (``... by Binder Call. (url: ...)``), 595;
  venue without year: 155 (``Ph.D Dissertation (author: ...)``), 553 (``, NULL``).
- Titles with commas (19 ``FlowDroid: Precise Context, Flow, Field, ...``, 529 ``On the Static Analysis of Hybrid
  Mobile Apps, A Report on the State of Apache Cordova Nation``), quotes inside the title (83/136
  ``"Andromaly": a ...``, 189, 233, 389 curly quotes), a literal ``*droid`` (311), a stray backslash
  ``\\Android`` (464), typos (``Constradiction``, ``Evoluation``) are kept as written.
- Many papers are listed twice in different sections (e.g. 83/136, 22/94, 48/74/105 LeakSemantic): every
  bullet is its own entry.

Decisions:
- Entry = every ``+`` bullet except the seven category bullets: 535, one line each.
- Title = the bullet text with trailing ``(...)`` notes removed, then a trailing ``[,.] <year>[.]`` removed, then
  the text before the last ``, `` (the venue follows); without a comma, the text up to and including a ``?``
  (150, 263, 483, 492) or the whole text (421, 516 without its final full stop, 595).  Overrides: 96 (cut after
  ``History Matters!``), 231, 258, 299 (venue contains commas), 562 and 570 (cut at the ``. `` before the venue).
- 484 is written wholly in quotes (``"What parts of your apps are loved by users?"``): the wrapping quotes are
  dropped; quotes that cover only part of a title are kept.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "maoqyhz__DroidCC__paper@68cd9cf.md"
PART = "wild60_development"

CATEGORIES = {5, 60, 80, 115, 121, 133, 141}
BULLET = re.compile(r"^\s*\+ +(.*?)\s*$")
NOTE = re.compile(r"\s*\([^()]*\)$")
OPEN_NOTE = re.compile(r"\s*\(tool: [^()]*$")
YEAR = re.compile(r"[,.]?\s*(?:19|20)\d\d\.?$")
QUESTION = re.compile(r"^(.*\?) \S")
OVERRIDES = {
    96: "Machine Learning-Based Malware Detection for Android Applications: History Matters!",
    231: "YAASE: Yet Another Android Security Extension",
    258: "A Formal Model to Analyze the Permission Authorization and Enforcement in the Android Framework",
    299: "AndroSAT: Security Analysis Tool for Android Application",
    562: "Mo (bile) money, mo (bile) problems: Analysis of branchless banking applications in the developing world",
    570: "Mo (bile) money, mo (bile) problems: analysis of branchless banking applications",
}


def title_of(text: str) -> str:
    text = OPEN_NOTE.sub("", text)
    while NOTE.search(text):
        text = NOTE.sub("", text)
    text = YEAR.sub("", text).rstrip(" ,")
    if ", " in text:
        return text.rsplit(", ", 1)[0]
    m = QUESTION.match(text)
    return m.group(1) if m else text.rstrip(".")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m or n in CATEGORIES:
            continue
        title = OVERRIDES.get(n) or title_of(m.group(1))
        if title.startswith('"') and title.endswith('"'):
            title = title[1:-1]
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 535, len(papers)
    assert min(by) == 7 and max(by) == 619, (min(by), max(by))
    for n in CATEGORIES:
        assert n not in by, n
    assert by[7]["title"] == "SCanDroid: Automated Security Certification of Android Applications", by[7]
    assert by[19]["title"] == (
        "FlowDroid: Precise Context, Flow, Field, Object-sensitive and Lifecycle-aware Taint Analysis for Android Apps"
    )
    assert by[83]["title"] == by[136]["title"] == (
        '"Andromaly": a Behavioral Malware Detection Framework for Android Devices'
    )
    assert by[105]["title"] == by[48]["title"], (by[105], by[48])
    assert by[150]["title"] == "Automated Test Input Generation for Android: Are We There Yet?", by[150]
    assert by[155]["title"] == "Lifecycle and Event-based Testing for Android Applications", by[155]
    assert by[246]["title"] == (
        "Reference Hijacking: Patching, Protecting and Analyzing on Unmodified and Non-Rooted Android Devices"
    )
    assert by[366]["title"].startswith("An Investigation of the Android/BadAccents Malware"), by[366]
    assert by[421]["title"] == (
        "Mining Test Repositories for Automatic Detection of UI Performance Regressions in Android Apps"
    )
    assert by[484]["title"] == "What parts of your apps are loved by users?", by[484]
    assert by[516]["title"] == "Fuzzing Android System Services by Binder Call", by[516]
    assert by[529]["title"] == (
        "On the Static Analysis of Hybrid Mobile Apps, A Report on the State of Apache Cordova Nation"
    )
    assert by[553]["title"] == "Common Weakness of Android Malware Analysis Frameworks", by[553]
    assert by[567]["title"].startswith("Let’stalkmoney: Evaluating"), by[567]
    assert by[595]["title"] == "An Empirical Study on Bug Reports of Android 3rd Party Libraries", by[595]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '+' bullet except the seven venue-less category bullets of 'Malware Detection' (5, 60, 80,"
        " 115, 121, 133, 141) is one paper on one line: 535.  Title = the bullet without trailing '(tool: ...)'"
        "-style notes and year, cut before the last ', ' (venue); without a comma, up to a '?' or the whole text."
        "  Hand overrides where the venue holds commas (231, 258, 299) or follows '!'/'. ' (96, 562, 570); the"
        " fully quoted title 484 loses its wrapping quotes.",
        checked="Printed every title next to the venue the rule cut off and read all 535 pairs against the file;"
        " inspected each unusual bullet in full (no-comma venues, notes, unclosed parenthesis 105, venue-less 155,"
        " 421, 516, 553, 595, comma venues 85/86/187/189/228/231/258/299, 562/570), duplicates kept.",
    )


if __name__ == "__main__":
    main()
