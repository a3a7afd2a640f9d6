"""Wild60 truth for IRMVLab/awesome-robot-learning-from-human-videos README.md at 94f4771: the companion reading
list of the survey "Robot Learning from Human Videos: A Survey" (arXiv 2604.27621), organised by the survey's
taxonomy.

Shape: 469 lines.  Intro (1-14, the survey itself is linked in prose at 10), table of contents (16-25), then
- "Human-Robot Skill Transfer" with three subsections (Task- 30, Observation- 89, Action-Oriented 174), each
  split by ``#### <year>`` headings, one bullet per paper::

      - 🌟🤖 [[CoRL](https://arxiv.org/abs/2509.10952)] ImMimic: Cross-Domain ... [[Code](...)] [[Page](...)] [`Visual embeddings`]

  i.e. optional emoji markers (🌟 code released, 🤖 real robot), ``[[Venue](paper link)]``, the plain title, then
  ``[Code]`` / ``[[Code](...)]``, ``[Page]`` / ``[[Page](...)]`` and an optional back-ticked tag;
- "Data Foundations": the Open-Source Datasets pipe table (header 333, rows 335-385:
  ``| [EgoLive](paper link) | 2026 | arXiv 2026.04 | [Code] [[Page](...)] | Ego | JD |``), then "Human Video
  Generation" (388) and "HOI Analysis Techniques" (415) in the same bullet style as above.

Special cases:
- The venue is the link text; the paper link hides in it (``[[ICRA](https://arxiv.org/abs/2508.09976)]``), so the
  title itself is never a link.  Venue links are arXiv, IEEE, proceedings, sagepub, science.org, doi.org.
- 430 ``[[Meshy AI](https://www.meshy.ai/)] Meshy AI: The #1 AI 3D Model Generator for Creators`` is a commercial
  product page, not a paper.
- The dataset table names datasets only (``[Ego4D](https://arxiv.org/abs/2110.07058)``): the row points at the
  dataset's paper but never writes its title.  350 and 351 (Egocentric-100k / -10k) have no paper at all, only a
  Hugging Face page.
- Some papers appear twice in different sections (e.g. arXiv 2006.06669 as the 100DOH dataset row 372 and as
  "Understanding Human Hands in Contact at Internet Scale" in HOI Analysis; 2512.15840 as LVP-1M 346 and "Large
  Video Planner Enables Generalizable Robot Control" 399; 230 and 231 are the same bullet twice in a row):
  every occurrence is its own entry.
- 254 and 255 are two different papers that both link arXiv 2510.00491; the ids are kept as written.
- Broken markup such as ``[Page](https://megapose6d.github.io/)]`` (MegaPose) or ``[[Page]](url)`` does not
  touch the title.

Decisions:
- Entry = every taxonomy bullet matching ``- <markers> [[Venue](...)] <title> [Code...`` (one line each), i.e. all
  bullets after line 26 except the Meshy AI product (430); title = the text between the venue bracket and the
  first ``[Code`` / ``[[Code``.
- Each dataset table row with a linked dataset name is one entry with title None (the row names a paper by its
  dataset name only); 350 / 351 (no paper link) are not entries.
- The survey link in the intro (10), the table of contents, the year headings and the closing note (460) are not
  entries.  arXiv ids / DOIs come from the venue links by the helper.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "IRMVLab__awesome-robot-learning-from-human-videos__README@94f4771.md"
PART = "wild60_development"

BULLET = re.compile(r"^- [^\[]*\[\[[^\]]*\](?:\([^)]*\))?\]\s*(.*?)\s*\[{1,2}Code")
ROW = re.compile(r"^\| \[[^\]]+\]\([^)]+\) \|")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 27:
            continue
        m = BULLET.match(ln)
        if m:
            papers.append(entry(lines, n, n, m.group(1).strip()))
        elif ROW.match(ln):
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    bullets = [p for p in papers if p["title"] is not None]
    rows = [p for p in papers if p["title"] is None]
    assert len(rows) == 49, len(rows)
    assert len(bullets) == 237, len(bullets)
    assert 430 not in by and 350 not in by and 351 not in by
    assert by[35]["title"] == ("Act, Sense, Act: Learning Non-Markovian Active Perception Strategies from"
                               " Large-Scale Egocentric Human Data"), by[35]
    assert by[35]["arxiv"] == "2602.04600", by[35]
    assert by[39]["title"] == "FMimic: Foundation Models Are Fine-Grained Action Learners from Human Videos", by[39]
    assert by[39]["doi"] == "10.1177/02783649251377335", by[39]
    assert by[363]["arxiv"] == "2110.07058" and by[363]["title"] is None, by[363]
    assert by[392]["title"] == "Robotic Manipulation by Imitating Generated Videos Without Physical Demonstrations"
    assert by[230]["title"] == by[231]["title"] == "Hand-Object Interaction Pretraining from Videos"
    assert by[254]["arxiv"] == by[255]["arxiv"] == "2510.00491"
    assert by[234]["title"] == "Humanoid Policy ~ Human Policy", by[234]
    assert by[458]["title"] == "MediaPipe Hands: On-Device Real-Time Hand Tracking", by[458]
    write_truth(
        NAME,
        PART,
        papers,
        method="Taxonomy bullets '- <emoji markers> [[Venue](paper link)] Title [Code]/[[Code](..)] [[Page](..)]"
        " [`tag`]' are one entry each (one line); title = the plain text between the venue bracket and the first"
        " [Code / [[Code.  The Meshy AI product bullet (430) is not a paper.  Rows of the Open-Source Datasets table"
        " that link a dataset name to its paper are entries with title None (no title is written); the two rows"
        " without any paper link (350, 351) are not entries.  Intro survey link, contents and notes are not entries.",
        checked="Read the whole file; compared the -v output with every bullet of the six sections and every row"
        " of the dataset table, the Meshy AI product line, rows 350/351, emoji-prefixed bullets, the broken"
        " [Page] markup, duplicated papers across sections, and arXiv ids / DOIs from the venue links.",
    )


if __name__ == "__main__":
    main()
