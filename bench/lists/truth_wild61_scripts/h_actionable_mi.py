"""Wild61 truth for yuzhaouoe/Awesome-Actionable-MI-Survey README.md at 7427f1c: the companion paper list of the
survey "Locate, Steer, and Improve: A Practical Survey of Actionable Mechanistic Interpretability in Large Language
Models" (arXiv 2601.14004), one comparison table per category.

Shape: 357 lines.  HTML title block, badges and table of contents (1-35); overview, news and a legend of the
taxonomy (36-77: interpretable objects, localizing and steering methods as bold bullet points, not papers);
``## 📑 Paper List`` (78).  Three groups ``### 1. Improve Alignment`` (81), ``### 2. Improve Capability`` (163),
``### 3. Improve Efficiency`` (267), each with ``####`` categories; every category has one table
``| Paper | Object | Localizing Method | Steering Method | Venue | Year | Link |`` whose Paper cell is the bold title
(``| **Refusal in Language Models Is Mediated by a Single Direction** | Residual Stream | Causal Attribution |
Vector Arithmetic | NeurIPS | 2024 | [Link](https://openreview.net/forum?id=pH3XAQME6c) |``).  Body rows 86-118,
123-137, 142-159, 167-198, 203-223, 228-264, 272-298, 303-334.  Then ``## 🌟 Citation`` (338) with a BibTeX of the
survey itself inside a code fence (342-352) and a contact note (354).

Special cases:
- Links are OpenReview, ACL Anthology, arXiv (abs and pdf, one ``2512.19673v1`` with version, one
  ``www.arxiv.org``), NeurIPS, AAAI, doi.org (some arXiv DOIs ``10.48550/arXiv.2507.12638``, some ACL DOIs) and
  blogs (transformer-circuits, alignmentforum); only the link tells the ids.
- The same paper is listed in two categories several times (``Breaking Bad Tokens ...`` 111 and 256,
  ``How do Large Language Models Handle Multilingualism?`` 206 and 279, ``Joint Localization and Activation
  Editing ...`` 230 and 286, ``Towards Secure Tuning ...`` 117 and 244 with different links); each row is its own
  entry.  Two rows in the list link the same OpenReview id for different papers (87 and 96); taken as written.
- Titles keep the list's case and typos (``LANDeRMT: Dectecting ...`` 273, ``Constructive Circuit
  Amplification:Improving ...`` 298, lower-case ``Pyramidkv: ...`` 308).
- The BibTeX of the survey in the code fence (342-352) is the survey's own citation, not a list entry.

Decisions:
- Entry = every body row of a table whose header starts ``| Paper | Object |`` (215 rows), one line each.
- Title = the Paper cell without the ``**`` bold markers, stripped.
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "yuzhaouoe__Awesome-Actionable-MI-Survey__README@7427f1c.md"
PART = "wild61_development"

ROW = re.compile(r"^\| \*\*(.+?)\*\* \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    in_table = False
    for n, ln in enumerate(lines, 1):
        if ln.startswith("| Paper | Object |"):
            in_table = True
            continue
        if not ln.startswith("|"):
            in_table = False
            continue
        m = ROW.match(ln)
        if in_table and m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 215, len(papers)
    assert min(by) == 86 and max(by) == 334, (min(by), max(by))
    assert by[86]["title"] == "Safety Layers in Aligned Large Language Models: The Key to LLM Security", by[86]
    assert by[89]["title"] == "Refusal Falls off a Cliff: How Safety Alignment Fails in Reasoning?", by[89]
    assert by[89]["arxiv"] == "2510.06036", by[89]
    assert by[169]["arxiv"] == "2512.19673", by[169]
    assert by[190]["title"].startswith("How does GPT-2 compute greater-than?: Interpreting"), by[190]
    assert by[273]["title"].startswith("LANDeRMT: Dectecting and Routing"), by[273]
    assert by[298]["title"].startswith("Constructive Circuit Amplification:Improving Math"), by[298]
    assert by[111]["title"] == by[256]["title"], (by[111], by[256])
    assert by[334]["title"] == "Unveiling super experts in mixture-of-experts large language models", by[334]
    for n in (84, 85, 119, 160, 338, 343, 345):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every body row of the per-category tables '| Paper | Object | Localizing Method | Steering Method |"
        " Venue | Year | Link |' is one entry (215), one line each; rows repeated in two categories are kept"
        " as separate entries.  Title = the Paper cell without its ** bold markers, as written (list's case and"
        " typos kept).  The taxonomy legend bullets, the table of contents and the survey's own BibTeX in the code"
        " fence are not entries.",
        checked="Read the whole file; compared the -v output with all 215 rows (first and last of each of the 8"
        " tables, repeated papers 111/256, 206/279, 230/286, 117/244, typo titles 273 and 298, '?:' title 190) and"
        " sampled arXiv ids from arxiv.org links (89, 169 with version) and doi.org links.",
    )


if __name__ == "__main__":
    main()
