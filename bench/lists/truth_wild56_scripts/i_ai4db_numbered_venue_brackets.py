"""Wild56 truth for Wind-Gone/awesome-ai4db-paper README.md: "AI4DB Paper Sets", an awesome list of machine learning
for database systems papers (learned query optimisation, cardinality estimation, cost models, learned indexes, index
advisors, knob tuning, LLM x data), newest commit (3da8be1, 2026-04-14).

Shape: 397 lines, 40 KB.  Badges (1-7), Introduction / Contributing (with a ```bash``` block giving the entry template,
17-19) / Acknowledge, a nested ``- [Section](#anchor)`` table of contents (25-69), then ``##``/``###``/``####``/
``#####`` topic headings, each followed by a numbered list, one paper a line:
``1. [Title](pdf url) [VENUE YY]`` optionally followed by a shields.io "Code Stars" badge linking the GitHub repository.
A star-history ``<a><picture>`` block closes the file (391-397).

Special cases:
- Numbering restarts under every heading; some items carry two spaces after the number (``8.  [...]``, 80, 81, 305)
  and the Index Advisor list jumps from 20 to 22 (320-321): numbering is not used.
- Several entries have an empty link target, ``[SEFRQO: ...]() [SIGMOD 26]`` (89, 90, 111, ...): still entries.
- 266: ``[Understanding Robustness Issues of Updatable Learned Indexes: [Experiments & Analysis]]()``: the title keeps
  the inner bracketed ``[Experiments & Analysis]`` (that is how the paper is titled); the brackets are matched by depth.
- 385: the link text is quoted, ``["Cut Costs, Not Accuracy: LLM-Powered Data Processing with Guarantees"](...)``:
  quotes dropped.
- 139: the venue is itself a link, ``[[VLDB 23](https://github.com/learnedsystems/CEB)]``: not an entry.
- 137, 213: no space between the link and the venue bracket, ``...pdf)[SIGMOD 22]``.
- Titles are kept as written, typos included (``Deploying a Steered Query Optimizer in Production at Microsof``, 339;
  ``Lero: A Learning-to-Rank Qery Optimizer``, 196; ``DBAIOps: DBAIOps: ...``, 363; full-width colon in
  ``PLM4NDV：Minimizing ...``, 183; ``𝜆-Tune: ...``, 345).
- The same paper listed under two headings (e.g. AutoSteer 79 and 341, Modeling Shifting Workloads 80 and 224,
  SQLBarber 231 and 361) gives one entry per listing.
- The TOC bullets, the entry template in the code block and the star-history block name no papers.
- arXiv ids come from arxiv.org/pdf links (e.g. 82 -> 2401.15210); DOIs from dl.acm.org/doi links (e.g. 73 ->
  10.14778/3494124.3494126) and link.springer.com/article links (91 -> 10.1007/s00778-026-00970-y).

Decisions:
- Entry = every numbered list line whose item starts with a link (73-389): 231 entries, each one line.
- Title = the link text (brackets matched by depth), without surrounding quotes.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "Wind-Gone__awesome-ai4db-paper__README@3da8be1.md"
PART = "wild56_development"

ITEM = re.compile(r"^\d+\.\s+\[")


def link_text(ln: str) -> str:
    """Text of the first [...] on the line, nested brackets matched by depth."""
    start = ln.index("[")
    depth = 0
    for k in range(start, len(ln)):
        if ln[k] == "[":
            depth += 1
        elif ln[k] == "]":
            depth -= 1
            if depth == 0:
                assert ln[k + 1] == "(", ln
                return ln[start + 1 : k]
    raise AssertionError(ln)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ITEM.match(ln):
            continue
        title = link_text(ln).strip().strip('"').strip()
        papers.append(entry(lines, n, n, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 231, len(papers)
    assert min(by) == 73 and max(by) == 389, (min(by), max(by))
    assert by[73]["title"] == "Leveraging Query Logs and Machine Learning for Parametric Query Optimization", by[73]
    assert by[73]["doi"] == "10.14778/3494124.3494126", by[73]
    assert by[82]["arxiv"] == "2401.15210", by[82]
    assert by[89]["title"] == "SEFRQO: A Self-Evolving Fine-Tuned RAG-Based Query Optimizer", by[89]
    assert by[266]["title"] == (
        "Understanding Robustness Issues of Updatable Learned Indexes: [Experiments & Analysis]"
    ), by[266]
    assert by[385]["title"] == "Cut Costs, Not Accuracy: LLM-Powered Data Processing with Guarantees", by[385]
    assert by[139]["title"] == "Robust Query Driven Cardinality Estimation under Changing Workloads", by[139]
    assert by[183]["title"].startswith("PLM4NDV："), by[183]
    assert by[91]["doi"] == "10.1007/s00778-026-00970-y", by[91]
    assert 320 in by and 321 in by and 25 not in by, sorted(by)[:5]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every numbered list line whose item starts with a link ('N. [Title](url) [VENUE YY]', optionally a"
        " Code Stars badge) is one entry, lines 73-389.  Title = the link text, brackets matched by depth so that"
        " '[Experiments & Analysis]' inside a title stays; surrounding quotes dropped.  TOC bullets, the template in"
        " the code block, venue links and badges are not entries; duplicates under two headings count twice.",
        checked="Listed every numbered line (231) and the one whose link text holds nested brackets; compared the -v"
        " output with the file for the first and last items of every section, the empty-link items, the quoted title"
        " (385), the venue-as-link item (139), the missing 21 in the Index Advisor list, and the arXiv/DOI ids from"
        " arxiv.org, dl.acm.org/doi and Springer links.",
    )


if __name__ == "__main__":
    main()
