"""Wild9 truth for clementjambon/papers-read README.md: a student's "Papers I read" log, full citations by topic.

Shape: a table of contents of '* [Topic](#anchor)' links (lines 10-44, not entries), then '## Topic'
/ '### Subtopic' sections, each a '- ' bullet list of full references pasted from different
citation exporters: IEEE ('R. Mur-Artal ..., "Title," in IEEE Trans...., doi: 10.1109/...'),
quoted-title ('Authors. "Title". Venue'), ACM ('Authors. 2016. Title. In Proceedings ...
DOI:https://doi.org/10.1145/...'), APA ('Authors. (2017). Title. In ...' / 'Authors (2021).
Title.'), Springer Nature ('Silver, D., ... et al. Title. Nature 529, ... https://doi.org/...'),
and a few bare 'Authors. Title.' lines.

Entry: every '- ' bullet (110, grep '^- ').  All are papers, technical reports or published
abstracts; kept after a decision: 'NIPS 2016 Tutorial: Generative Adversarial Networks'
(Goodfellow's written arXiv report), 'A Tutorial on Spectral Clustering' (an article), the SIGGRAPH
2019 talk abstract 'Mesh wrap based on affine-invariant coordinates' (a published two-page paper
with a DOI), Hoffman's 'Background: Physics and Math of Shading' (a chapter of SIGGRAPH course
notes, a written document, not a course), Snyder's and Christensen/Pixar's technical reports.
The repo's other lists (articles, videos, books) are separate files and not part of this one.

Title: the quoted part when the reference quotes it ('"Title,"' / '"Title".' / '"Title."', the
closing separator dropped); otherwise the sentence after 'et al. ' (Nature style), after
'(YEAR). ' / '(YEAR), ' (APA), or after '. YEAR. ' (ACM), up to the next '. '; the bare and
comma-separated lines are set by hand (OVERRIDE): 'Authors. Title.' (lines 60, 148, 149, 160),
'Yuhei Umeda, Title, Journal' (97), 'Hartley Richard I., 1998, Title, Journal' (108), 'Hart, J.
Title. The Visual Computer' (199) and line 183, where the title is glued to the last author's
initial ('Kobbelt, LCompression and Rendering ...'): the title is taken without the 'L'.
Ids from the bullet's own line: DOIs written as 'doi: 10.x', 'DOI: 10.x',
'DOI:https://doi.org/10.x', 'https://doi.org/10.x', 'http://doi.org/10.x'; arXiv from
'arXiv:1706.02413' / 'arXiv:2201.05989' text.  'CoRR, abs/2101.10050' is DBLP's CoRR key, not
an arXiv URL or 'arXiv:' text, so no arXiv id is taken from it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "clementjambon__papers-read__README@4018133.md"
LINES = read_lines(NAME)
OVERRIDE = {
    60: "Efficient Estimation of Word Representations in Vector Space",
    97: "Time Series Classification via Topological Data Analysis",
    108: "Minimizing algebraic error",
    148: "Distinctive Image Features from Scale-Invariant Keypoints",
    149: "Scale & affine invariant interest point detectors",
    160: "A micro Lie theory for state estimation in robotics",
    183: "Compression and Rendering of Textured Point Clouds via Sparse Coding",
    199: "Sphere tracing: a geometric method for the antialiased ray tracing of implicit surfaces",
}
#: bullets per '##'/'###' section, counted by eye and with grep between the headings.
SECTIONS = {
    "Optimization": 3, "Graphs": 6, "NLP": 5, "Object detection/segmentation": 3, "Transformers": 1,
    "Generative Models": 7, "Self-supervised Learning": 1, "Geometric Deep Learning": 1,
    "Reinforcement Learning": 4, "Topological Data Analysis": 2, "Optimal Transport": 1, "Shape Analysis": 2,
    "Geometry": 1, "Scene representation": 13, "SLAM": 5, "Structure from Motion": 1, "Image search": 5,
    "Image processing": 3, "Descriptors": 3, "Graphc cuts": 1, "Computational Photography": 1,
    "Applied Mathematics 📐": 4, "3D geometry": 1, "Dimension reduction": 4, "Similarity search": 2,
    "Rendering": 1, "Compression": 1, "Geometry Processing": 11, "Signed Distance Fields": 4,
    "Procedural Generation": 2, "Shading": 5, "Global Illumination": 3, "Physical Simulation": 2,
    "Data Management Systems": 1,
}


def title_of(i: int, body: str) -> str:
    if i in OVERRIDE:
        assert OVERRIDE[i] in body, i
        return OVERRIDE[i]
    for pat in (r"[\"“](.+?)[,.]?[\"”]",                # quoted title
                r"et al\. (.+?)\. ",                      # Springer Nature style
                r"\(\d{4}\)[.,]? (.+?)\.(?: |$)",         # APA: (YEAR). Title.
                r"\. (?:19|20)\d\d\. (.+?)\.(?: |$)"):    # ACM: Authors. YEAR. Title.
        m = re.search(pat, body)
        if m:
            return m.group(1)
    raise AssertionError((i, body))


def main() -> None:
    papers, counts, section = [], {}, None
    for i, text in enumerate(LINES, 1):
        h = re.match(r"#{2,3} (.+?)\s*$", text)
        if h:
            section = h.group(1)
            continue
        if not text.startswith("- "):
            assert not re.match(r"\s*- ", text), (i, text)
            continue
        body = text[2:].rstrip()
        papers.append(entry(LINES, i, i, title_of(i, body)))
        counts[section] = counts.get(section, 0) + 1
    assert {k: v for k, v in counts.items() if v} == SECTIONS, counts
    assert len(papers) == 110
    write_truth(NAME, "wild9_development", papers,
                "every '- ' bullet of the topic sections is an entry (full references in IEEE/ACM/APA/Nature/bare"
                " styles); title = the quoted part, else the sentence after 'et al. ' / '(YEAR). ' / '. YEAR. ',"
                " eight bare or comma-style references set by hand; ids from the bullet's own DOI/arXiv text",
                "all 110 bullets one by one (count per section by grep and by eye), every extracted title against its"
                " line, the eight hand-set titles (incl. the 'LCompression' glue on line 183), the tutorial/talk/"
                "course-notes/tech-report decisions, DOIs in five written forms, the 'CoRR, abs/' keys (no arXiv id)")


if __name__ == "__main__":
    main()
