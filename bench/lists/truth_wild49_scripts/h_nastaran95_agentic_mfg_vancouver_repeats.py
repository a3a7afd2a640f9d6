"""Wild49 truth for Nastaran95/manufacturing-agentic-evaluation README.md: the companion repository of a review paper
("Evaluating Agentic AI Systems in Manufacturing: A Review of Taxonomy, Challenges, and Future Directions", CIRP LCE
2026 submission), newest commit touching README.md (68cc119, 2025-09-16).

Shape: 192 lines, 30 KB.  A title (1), a quoted one-line summary (3), an overview paragraph naming the review itself in
bold (11-12, the repository's own paper, not a list item: not an entry), two images, a table of contents (23-30),
then ``## 🗂 Paper List`` (33):
- ``### Surveys and Reviews`` (35): 13 top-level bullets 37-49.
- ``### Taxonomy of Evaluation`` (52) with ``#### Scope`` (54), ``#### **Methodology ...**`` (110) and
  ``#### **Analysis ...**`` (164); under each, category bullets (``* **Output quality:**``, ``* Cost: ``, ...) hold
  indented sub-bullets (``    * [...]``), one paper each.
Every paper bullet is a single line ``* `arxiv` [<Vancouver reference>](url) `tag` `tag```: the link text is a whole
reference, ``Surname Initials, ..., et al. Title. Journal Year;Vol:Pages.``; the optional ```arxiv``` code span in
front marks arXiv preprints; the code spans after the link (40 lines, 113-159, in the Methodology part, e.g. ```Proof-of-concept```,
```Small/lab-scale```, two on 134) label the paper's evaluation setting.  ``## 📌 Citation`` (188) says TBD.

Special cases:
- The same papers are repeated under many taxonomy categories (e.g. "Chat with MES" 7 times, the Liu/Song
  "Probing a novel machine tool ..." paper 9 times); every mention is its own entry (110 entries, 43 distinct titles).
- 100 ``* `arxiv` [Romero ML, Suyama R. Agentic AI for Intent-Based Industrial Automation.]``: brackets but no link
  (elsewhere the same paper links arXiv 2506.04980); still an entry, no id.
- 62/115/136/148 ``Hizmi B El, Sterman Y, Austern G.. Special Issue: CAADRIA 2025 LLMto3D-Generation of ...``: a
  double dot after the authors; the title is kept as written, "Special Issue: CAADRIA 2025" prefix included.
- 68/152 ``LLM-3D Print: ... 3D Printing 2024.`` and 102 ``... LLM Framework 2024.``: the year follows the title
  with no full stop between them; the year is dropped.  67/86/100/117/151 (Romero) have no year or venue at all.
- 41 ``... KDD '25: Proceedings ... n.d.;25.``; 128/182 ``Applied Sciences 2025, Vol 15, Page 5734 2025;15:5734.``:
  venue noise after the title.
- 162 ``    * _``: an empty placeholder under "Frameworks & platforms"; not an entry.
- DOI links keep Springer/ScienceDirect suffixes (``.../S10845-023-02294-Y/FIGURES/7``, ``.../METRICS``).

Decisions:
- Entry = every bullet line whose text starts (after an optional ```arxiv``` span) with ``[``; one line each.
- Title = the link text's middle sentence: after the author list (which ends at the first ``X.``/``XY.``/``et al.``
  initial-or-et-al followed by a space) up to the next ``. `` (or the final ``.``); a trailing bare year dropped.
- Not entries: the review itself named in the overview (11), category bullets (``* Cost:``), the ``_`` placeholder,
  the TOC, the evaluation tags.
"""
import re

from _wild49 import entry, read_lines, write_truth

NAME = "Nastaran95__manufacturing-agentic-evaluation__README@68cc119.md"
PART = "wild49_development"

ITEM = re.compile(r"^(?: {4})?\* (?:`arxiv` )?\[(?P<ref>[^\]]+)\](?:\((?P<url>https?://[^)\s]+)\))?(?P<tags>(?: `[^`]+`)*)\s*$")
AUTH = re.compile(r"^.*?(?:et al|\b[A-Z]{1,3}(?:-[A-Z])?)\.+ ")


def title_of(ref: str) -> str:
    a = AUTH.match(ref)
    assert a, ref
    rest = ref[a.end():]
    cut = re.search(r"\.(?: |$)", rest)
    assert cut, ref
    title = rest[: cut.start()]
    return re.sub(r" (?:19|20)\d\d$", "", title)


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Manufacturing-Agentic-Evaluation"
    papers = []
    for n, ln in enumerate(lines, 1):
        if not re.match(r"^\s*\* (?:`arxiv` )?\[", ln):
            continue
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, title_of(m.group("ref"))))
    assert len(papers) == 110, len(papers)
    t = {p["line"]: p for p in papers}
    assert (t[37]["title"], t[37]["arxiv"]) == ("Survey on Evaluation of LLM-based Agents", "2503.16416"), t[37]
    assert t[40]["title"] == "Evaluation and Benchmarking of LLM Agents: A Survey", t[40]
    assert t[40]["doi"] == "10.1145/3711896.3736570", t[40]
    assert t[62]["title"] == ("Special Issue: CAADRIA 2025 LLMto3D-Generation of parametric, 3D printable objects using"
                              " large language models"), t[62]
    assert t[68]["title"] == "LLM-3D Print: Large Language Models To Monitor and Control 3D Printing", t[68]
    assert (t[100]["title"], t[100]["arxiv"], t[100]["doi"]) == (
        "Agentic AI for Intent-Based Industrial Automation", None, None), t[100]
    assert t[102]["title"] == "Regulator-Manufacturer AI Agents Modeling: Mathematical Feedback-Driven Multi-Agent LLM Framework"
    assert t[128]["title"] == "Exploring Decentralized Warehouse Management Using Large Language Models: A Proof of Concept"
    assert t[184]["title"] == "Intelligent industrial production process automatic regulation system based on LLM agents"
    titles = [p["title"] for p in papers]
    assert titles.count("Chat with MES: LLM-driven user interface for manipulating garment manufacturing system through"
                        " natural language") == 7
    write_truth(
        NAME,
        PART,
        papers,
        "Every paper bullet (top-level 37-49, indented sub-bullets 57-184) is an entry (110); each is one line whose"
        " link text is a full Vancouver reference; title = the sentence after the author list (authors end at the"
        " first initials/et-al full stop) up to the next full stop, a bare trailing year dropped; repeats of a paper"
        " under several taxonomy categories are separate entries; the bracketed reference without a link (100) is an"
        " entry; the review itself (11), category bullets, the '_' placeholder (162) and evaluation tags are not.",
        "Read all 192 lines; listed every distinct title from -v (43) against the file, and checked all"
        " 110 lines map to a title: the double-dot author end 'Austern G..' (62/115/136/148), year glued to the"
        " title (68/152, 102), Romero with no year (67/86/117/151) and no link (100), venue noise (41, 44, 108,"
        " 128/182); ids: arXiv abs links on the `arxiv`-marked lines, DOIs from doi.org links (incl. 10.21203 Research"
        " Square 68/152, 10.24928 IGLC 118/156, 10.3390 MDPI 128/182).",
    )


if __name__ == "__main__":
    main()
