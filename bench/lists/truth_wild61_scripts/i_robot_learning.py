"""Wild61 truth for Yixin-Zh/Robot_Learning_Reading README.md at 8dfa037 (2024-08-07): a personal robot-learning reading
list (planning, diffusion policies, manipulation, scene and action representations), one bullet per paper in the
``**Name:** "Title", *Venue, Date*. [[Website](..)] [[Paper](..)] [[Code](..)]`` style.

Shape: 106 lines, CRLF line ends.  ``# Robot-Learning-Reading`` (1), ``## Overview`` (3) with a nested table of
contents of ``- [Section](#anchor)`` bullets (6-28) that are not entries.  Then ``##`` sections (Surveys 30,
Diffusion Model 37, Planning 47, Manipulation 59, Observation Representation 79, Action Representation 88, Deep
Learning 98) with ``###`` subsections; two subsections are empty (Tool Use 76, Intuitive Physics 85).  Paper
bullets run from 31 to 100.

Special cases:
- Most bullets put a short method name in bold before the quoted title (39 ``**Diffusion Forcing:** "Next-token
  Prediction Meets Full-Sequence Diffusion"``); the Surveys bullets (31-33, 35) and a few others (51, 52, 66) have
  only the quoted title.  75 puts the colon outside the bold (``**Genima**: "Generative Image as Action Models"``).
- 81 (``**VoxPoser:** Composable 3D Value Maps for Robotic Manipulation with Language Models, *Conference ...``)
  is the only bullet whose title is not in quotes; the title runs from after the bold name to the comma before the
  italic venue.
- 34 is a PhD thesis (``-  **Robot Tool Use:** "Learning, Transferring, Reasoning, and Applying Knowledge about
  Robots Using Human Tools". *Yale, 2022.*``, two spaces after the dash, period after the closing quote); it is
  listed like the papers and kept as an entry.
- 43 has a doubled comma after the title; 91 writes the venue ``*arViv, Dec 2021.*``; 66 has a broken Website link
  ``[[Website]([https](https://...))]``.  None of this touches the titles.
- Paper links are mostly arxiv.org pdf/abs links (ids taken by the helper); some go to project sites or
  OpenReview (no id).

Decisions:
- Entry = every ``-`` bullet from 31 on (38), one line each.
- Title = the first double-quoted text of the bullet; for 81 the text between the bold name and ``, *``.  The bold
  method name is not part of the title (the file sets it apart as a name, as the NAS-table precedent keeps the Title
  cell without the Name cell), so e.g. 70 is ``What and Where Pathways for Robotic Manipulation`` (CLIPort).
"""
import re

from _wild61 import entry, read_lines, write_truth

NAME = "Yixin-Zh__Robot_Learning_Reading__README@8dfa037.md"
PART = "wild61_development"

QUOTED = re.compile(r'"([^"]+)"')
BOLD_PLAIN = re.compile(r"^-\s+\*\*[^*]+\*\*:?\s+(.+?), \*")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 30 or not ln.startswith("- "):
            continue
        m = QUOTED.search(ln)
        if m:
            title = m.group(1)
        else:
            m = BOLD_PLAIN.match(ln)
            assert m, (n, ln)
            title = m.group(1)
        papers.append(entry(lines, n, n, title.strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 38, len(papers)
    assert min(by) == 31 and max(by) == 100, (min(by), max(by))
    assert by[31]["title"] == "Understanding the planning of LLM agents: A survey", by[31]
    assert by[31]["arxiv"] == "2402.02716", by[31]
    assert by[34]["title"].startswith("Learning, Transferring, Reasoning, and Applying Knowledge"), by[34]
    assert by[34]["arxiv"] is None, by[34]
    assert by[39]["title"] == "Next-token Prediction Meets Full-Sequence Diffusion", by[39]
    assert by[39]["arxiv"] == "2407.01392", by[39]
    assert by[43]["title"] == "Policy Composition From and For Heterogeneous Robot Learning", by[43]
    assert by[70]["title"] == "What and Where Pathways for Robotic Manipulation", by[70]
    assert by[71]["title"] == "Perceiver-Actor: A Multi-Task Transformer for Robotic Manipulation", by[71]
    assert by[75]["title"] == "Generative Image as Action Models", by[75]
    assert by[81]["title"] == "Composable 3D Value Maps for Robotic Manipulation with Language Models", by[81]
    assert by[91]["title"] == "SE(3)-Equivariant Object Representations for Manipulation", by[91]
    assert by[91]["arxiv"] == "2112.05124", by[91]
    assert by[100]["title"] == "A General Framework for SO(3)-Equivariant Networks", by[100]
    for n in (6, 28, 76, 85):
        assert n not in by, n
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '-' bullet from line 31 on (38, lines 31-100) is one entry, one line each; the table of"
        " contents bullets (6-28) are not.  Title = the first double-quoted text of the bullet (the bold method"
        " name before it is not part of the title); for 81, which has no quotes, the text between the bold name and"
        " the comma before the italic venue.  One bullet (34) is a PhD thesis listed like the papers.",
        checked="Read the whole file; compared the -v output with all 38 bullets: quote-only bullets (31-35, 51,"
        " 52, 66), bold name + quote (39-100), colon outside bold (75), the unquoted title (81), the thesis (34),"
        " the doubled comma (43) and arXiv ids from pdf/abs links (31, 39, 91, 100).",
    )


if __name__ == "__main__":
    main()
