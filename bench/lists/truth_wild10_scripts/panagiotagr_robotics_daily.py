"""Wild10 truth for PanagiotaGr/robotics-arxiv-daily digests/2026-02-20.md: a generated daily arXiv digest
of robotics topics.

Shape: a header ('# Daily arXiv Digest', update time, window), a '## Topics' index of nine bullets
'- [Topic](../topics/x.md) — **N** papers' (links to the repo's topic pages: not entries), then one
'## Topic' section per topic, each paper a card:
  '- **Title**  ' / '  Authors  ' / '  _date_ · https://arxiv.org/abs/IDv1 · `cat`  ' /
  '  <details><summary>Abstract</summary>' / blank / '  abstract' / blank / '  </details>'.
Every card is an entry, from its bullet to its '</details>' line; title = the bold text; arXiv id from
the bare abs URL (version dropped).  24 papers appear under two or three topics: each card counts
(repeated records are separate entries).  No DOI in the file.
Counts: 77 cards = 77 '</details>' lines = 77 abs URLs = the index's counts 8+4+13+9+5+13+2+20+3, checked
per section below.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "PanagiotaGr__robotics-arxiv-daily__digests__2026-02-20@409f37a.md"
PER_TOPIC = {"Autonomous Driving & AV": 8, "Drones & Aerial Robotics": 4, "SLAM, Localization & Mapping": 13,
             "Navigation, Planning & Control": 9, "Manipulation & Grasping": 5,
             "Robot Learning (RL, IL, Foundation Models)": 13, "Multi-Robot & Swarms": 2,
             "Safety, Robustness, Uncertainty": 20, "3D Gaussian Splatting & Neural Rendering (Robotics)": 3}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    topic = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            topic = text[3:]
            continue
        m = re.fullmatch(r"- \*\*(.+)\*\*  ", text)
        if not m:
            continue
        assert topic in PER_TOPIC, i
        assert re.fullmatch(r"  _2026-02-\d\d_ · https://arxiv\.org/abs/\d{4}\.\d{5}v\d · `[^`]+`  ", lines[i + 1]), i
        assert lines[i + 2] == "  <details><summary>Abstract</summary>", i
        end = i + 3
        while lines[end - 1] != "  </details>":
            end += 1
            assert not lines[end - 1].startswith("- "), i
        papers.append(entry(lines, i, end, m.group(1)))
        counts[topic] = counts.get(topic, 0) + 1
    assert counts == PER_TOPIC, counts
    assert len(papers) == 77 == sum(1 for ln in lines if ln == "  </details>")
    assert all(p["arxiv"] and not p["doi"] for p in papers)
    write_truth(NAME, "wild10_development", papers,
                "every '- **Title**' card under a topic heading is an entry, from its bullet to its '</details>'"
                " line (authors, date/arXiv line, abstract), title = the bold text, arXiv id from the bare abs URL;"
                " papers repeated under two topics count once per topic; the Topics index bullets are not entries",
                "77 cards counted per topic against the index's counts (8+4+13+9+5+13+2+20+3) and against the"
                " '</details>' and abs-URL counts (77); every title against its bullet by eye; first and last"
                " card of each section's line range; no DOI in the file; the 24 repeated papers listed")


if __name__ == "__main__":
    main()
