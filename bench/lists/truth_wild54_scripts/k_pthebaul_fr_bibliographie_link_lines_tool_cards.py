"""Wild54 truth for pthebaul/stage-vehicule-autonome ``bibliographie.md``: a French intern's bibliography for an
autonomous-vehicle internship ("stage"), the only commit touching it (ee2c8b0, 2021-09-17, "Conversion de la
bibliographie en Markdown").

Shape: 88 lines, 7 KB, two parts.
- ``# Analyse des papiers listés dans [cette page](...Awesome-Interaction-aware-Trajectory-Prediction)`` (1), ``##
  Partie Pedestrians, papiers associés à du code`` (2) and an italic keyword line (4), then 13 paper blocks (6-56):
  a bare Markdown link line ``[Title](url)`` (not a bullet, not a heading) followed by two bold French bullets
  (``- **Objectif : ...**`` / ``- **Hypothèse ...**`` / ``- **Focalisé sur ...**`` and ``- **Méthodes/algos :
  ...**``) and a blank line.
- ``# Ancienne bibliographie`` (59): four ``###`` tool cards (OpenCV 61, Tensorflow 68, praveen-palanisamy 75,
  enginBozkurt 83) of ``- **Lien :**``, ``- **Capteur :**``, ``- **Méthode :**``, ``- **Publications :**``, ``-
  **Dates :**`` bullets.  The tools and their repository links are not entries, but two ``Publications`` bullets
  name research works by bare URL: 65 ``[https://research.nvidia.com/publication/realtime-computer-vision-opencv
  https://www.drdobbs.com/open-source/the-opencv-library/184404319](https://research.nvidia.com/...)`` (two works in
  one link text: NVIDIA's "Realtime Computer Vision with OpenCV" and Bradski's Dr. Dobb's article "The OpenCV
  Library") and 72 ``[ https://openaccess.thecvf.com/...Huang_SpeedAccuracy_Trade-Offs_for_CVPR_2017_paper.pdf](...)``
  (the CVPR 2017 speed/accuracy trade-offs paper).  The other two cards strike the field out (``- **~~Publications
  :~~**`` 79, 87).

Special cases:
- Titles keep the file's case and wording (``Sophie: An attentive gan for predicting paths ...`` 54, ``The
  Trajectron: ...`` 26); the French annotations are descriptions, not title text.
- 65 holds two works on one line: two entries with the same one-line span (both ids-free), title None (bare URLs).
- 72 is a bare URL: title None.

Decisions:
- Entry = every ``[Title](url)`` link line of the first part (13, span = the link line and its two annotation
  bullets) plus the works named by the ``Publications`` bullets 65 (two) and 72 (one): 16 entries.
- Title = the link text for the first part; None for the bare-URL publications.
- Ids: arXiv abs/pdf links (10, 14, 18, 22, 34, 54); no DOIs (IEEE Xplore document link at 6, CVF and STRC PDFs).
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "pthebaul__stage-vehicule-autonome__bibliographie@ee2c8b0.md"
PART = "wild54_development"

LINK_LINE = re.compile(r"^\[(?P<title>[^\]]+)\]\((?P<url>https?://[^)\s]+)\)$")
NOTE = re.compile(r"^- \*\*(?:Objectif|Hypothèse|Focalisé|Méthodes/algos)\b.*\*\*$")
PUBLI = re.compile(r"^- \*\*Publications :\*\* \[ ?(?P<urls>https?://[^\]]+)\]\((?P<url>https?://[^)\s]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("# Analyse des papiers listés dans [cette page]"), lines[0]
    papers = []
    old = lines.index("# Ancienne bibliographie") + 1
    assert old == 59, old
    for n, ln in enumerate(lines, 1):
        m = LINK_LINE.match(ln)
        if m:
            assert n < old, (n, ln)
            assert NOTE.match(lines[n]) and NOTE.match(lines[n + 1]) and not lines[n + 2], (n, lines[n:n + 3])
            papers.append(entry(lines, n, n + 2, m.group("title")))
            continue
        p = PUBLI.match(ln)
        if p:
            assert n > old, (n, ln)
            for _url in p.group("urls").split():
                papers.append(entry(lines, n, n, None))
        elif "Publications" in ln:
            assert "~~Publications :~~" in ln, (n, ln)
    t = {p["line"]: p for p in papers}
    assert t[6]["title"].startswith("Learning Structured Representations of Spatial and Interactive"), t[6]
    assert (t[10]["title"], t[10]["arxiv"], t[10]["end"]) == (
        "Social NCE: Contrastive Learning of Socially-aware Motion Representations", "2012.11717", 12), t[10]
    assert t[14]["arxiv"] == "2007.03639", t[14]
    assert t[54]["title"] == (
        "Sophie: An attentive gan for predicting paths compliant to social and physical constraints"), t[54]
    assert sum(1 for p in papers if p["line"] == 65) == 2
    assert t[72]["title"] is None and t[72]["end"] == 72, t[72]
    assert sum(1 for p in papers if p["arxiv"]) == 6
    assert len(papers) == 16, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "First part: every bare '[Title](url)' link line is an entry (13, lines 6-54, span = link line + its two bold"
        " French annotation bullets), title = the link text.  'Ancienne bibliographie' tool cards: the tools and"
        " their repository links are not entries, but the works named by the 'Publications' bullets are: 65 names two"
        " (NVIDIA 'Realtime Computer Vision with OpenCV' and Dr. Dobb's 'The OpenCV Library', both as bare URLs in one"
        " link text) and 72 one (CVPR 2017 speed/accuracy paper, bare URL), title None.  16 entries.",
        "Read all 88 lines; compared -v for all 16 entries: 13 link titles as written (case of 'Sophie: An attentive"
        " gan ...' kept), spans 3 lines each, arXiv ids 10/14/18/22/34/54 (abs and pdf links), none from IEEE Xplore"
        " (6), CVF (26, 30, 42, 46, 50) or STRC (38); 65 split into two None-title entries, 72 one; struck-out"
        " 'Publications' fields 79/87 and the Lien/Capteur/Méthode/Dates bullets are not entries.",
    )


if __name__ == "__main__":
    main()
