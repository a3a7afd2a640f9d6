"""Wild7 truth for jhconning/DevII course/classf21.md: a graduate development-economics syllabus (Econ 842, Fall 2021).

Shape: a Jupyter-Book page; '### Topic' sections, each opening with 'Notebooks:'/'Slides:' link lines,
then one reference per paragraph in mixed citation styles: Chicago author-date with the title in
straight or curly quotes ('Gollin, Douglas, ... 2013. “The Agricultural Productivity Gap.” _QJE_ ...'),
Elsevier/Harvard style with an unquoted title ('Matsuyama, K., 1992. Agricultural productivity, ...
Journal of economic theory 58, 317–334.'), titles inside a link ('[The Profits of Power: ...](url)'),
and chapters ('Chapter 7 "Growth Theory ...", in: Aghion, P., Durlauf, S.N. (Eds.), _Handbook ..._').
Required readings start with an escaped '\\*' (a literal asterisk, not a bullet), some with '\\-',
the others with nothing; lines 69-70 hold two references in one paragraph (no blank line between);
line 154-155 is one reference wrapped over two lines; trailing '[link]', '(link)', 'LINK' placeholders.

An entry is a reference to a journal article, working paper/manuscript, handbook or edited-volume
chapter, or a dictionary article (Matsuyama's 'Structural change' in the New Palgrave).  Not entries:
books and chapters of authored books ('Global economic history: a very short introduction' l.20;
de Janvry & Sadoulet's textbook chapter l.22; North's 'An Introduction…' chapter of his book l.61;
Allen's 'Introduction: ...' chapter of his monograph l.107; Haddad et al.'s book l.172), the
syllabus/slides/notebook/problem-set links and the students' 'HK reaction paper' link.  Title = the
quoted, linked or unquoted title as written, the final separator ('.', ',') dropped, for chapters
the chapter title (not the book's).  Repeated references (Baker & Conning and Goldstein & Udry under
'We will also finish:') are separate entries.
Counts: 55 reference paragraphs (every line starting a paragraph after a blank line that is not a
heading, a link-only line, a 'Notebooks:'/'Slides:' line or 'We will also finish:', plus line 70),
per section 3, 3, 7, 6, 6, 9, 3, 2, 4, 4, 4, 4; minus the 5 books/authored-book chapters (one each in
Introductions x2, Institutions, Property Rights, Intrahousehold) = 50 entries, per section 1, 3, 7, 5,
6, 8, 3, 2, 4, 4, 3, 4 (checked section by section by eye).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "jhconning__DevII__course__classf21@bf978da.md"
PART = "wild7_development"
# first line -> (last line, title as written)
REFS = {
    24: (24, "Why Doesn't Capital Flow from Rich to Poor Countries?"),
    30: (30, "Growth Theory through the Lens of Development Economics"),
    32: (32, "The Agricultural Productivity Gap"),
    34: (34, "How Important Are Dual Economy Effects for Aggregate Productivity?"),
    41: (41, "Structural change"),
    43: (43, "The Role of Agriculture in Development"),
    45: (45, "Das Human-Kapital: A Theory of the Demise of the Class Structure"),
    47: (47, "Agricultural productivity, comparative advantage, and economic growth"),
    49: (49, "Migration, unemployment and development: a two-sector model"),
    51: (51, "Structural change out of agriculture: Labor push versus labor pull"),
    53: (53, "Unlimited Supplies of Labour"),
    63: (63, "Power, Distortions, Revolt and Reform in Agricultural Land Relations"),
    65: (65, "Institutions as a Fundamental Cause of Long-Run Growth"),
    67: (67, "Alternative Approaches to the Theory of Institutions in Economic Development"),
    69: (69, "Why not a political Coase theorem? Social conflict, commitment, and politics"),
    70: (70, "Distributive Politics and Economic Growth"),
    78: (78, "The Persistent Effects of Peru's Mining Mita"),
    80: (80, "The Long-Term Effects of Africa’s Slave Trades"),
    82: (82, "Persistence–myth and mystery"),
    84: (84, "The Evolution of Property Rights: State Law or Informal Norms?"),
    86: (86, "The potato’s contribution to population and urbanization: evidence from a historical experiment"),
    88: (88, "The Long Shadow of History? The Impact of Colonial Labor Institutions on Economic Development in Peru"),
    95: (95, "A Model of Enclosures: Efficiency, Coordination, and Conflict in the Transformation of Land Ownership"),
    97: (97, "The Profits of Power: Land Rights and Agricultural Investment in Ghana"),
    99: (99, "Issues and Theoretical Framework"),
    101: (101, "Untitled Land, Occupational Choice, and Agricultural Productivity"),
    103: (103, "Delinking Land Rights from Land Use: Certification and Migration in Mexico"),
    105: (105, "The evolutionary theory of land rights as applied to sub-Saharan Africa: a critical assessment"),
    109: (109, "The Social Efficiency of Private Decisions to Enforce Property Rights"),
    111: (111, "Free access vs private ownership as alternative systems for managing common property"),
    121: (121, "Misallocation and Manufacturing TFP in China and India"),
    125: (125, "A Model of Enclosures: Efficiency, Coordination, and Conflict in the Transformation of Land Ownership"),
    127: (127, "The Profits of Power: Land Rights and Agricultural Investment in Ghana"),
    131: (131, "Rural Financial Markets in Developing Countries"),
    133: (133, "The Miracle of Microfinance? Evidence from a Randomized Evaluation"),
    137: (137, "Decentralization and governance"),
    139: (139, "Community-based and-driven development: A critical review"),
    141: (141, "Decentralization of governance and development"),
    143: (143, "Community-based targeting mechanisms for social safety nets: A critical review"),
    151: (151, "Decentralized targeting of an antipoverty program"),
    154: (155, "Monitoring Corruption: Evidence from a Field Experiment in Indonesia"),
    157: (157, "Corruption in Developing Countries"),
    160: (160, "Capture and governance at local and national levels"),
    166: (166, "Static and Intertemporal Household Decisions"),
    168: (168, "Intrahousehold allocations: a review of theories and empirical evidence"),
    170: (170, "Intra-household resource allocation: An Inferential Approach"),
    178: (178, "Women as Policy Makers: Evidence from a Randomized Policy Experiment in India"),
    180: (180, "Food and Nutrition in India: Facts and Interpretations"),
    182: (182, "Why are Indian children so short? The role of birth order and son preference"),
    184: (184, "An Age Profile Perspective on Two Puzzles in Global Child Health: The Indian Enigma & Economic Growth"),
}
BOOKS = {20, 22, 61, 107, 172}


def norm(s: str) -> str:
    return " ".join(s.replace("_", "").split())


def main() -> None:
    lines = read_lines(NAME)
    # every reference paragraph: a non-heading, non-link-only line after a blank line (or line 70)
    starts = []
    for i, text in enumerate(lines, 1):
        t = text.strip()
        if not t or t.startswith(("#", "```", "- ", "Notebooks:", "Slides:", "[", "We will")):
            continue
        if lines[i - 2].strip() == "" or i == 70:
            starts.append(i)
    assert sorted(set(REFS) | BOOKS) == [s for s in starts if s != 1], sorted(set(starts) ^ (set(REFS) | BOOKS))
    papers = []
    for first, (last, title) in REFS.items():
        own = norm(" ".join(lines[first - 1 : last]))
        assert norm(title) in own, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 50
    write_truth(
        NAME, PART, papers,
        "every reference paragraph (escaped '\\*'/'\\-' or unmarked, Chicago, Elsevier or linked style) to a"
        " journal article, manuscript, handbook/edited-volume chapter or dictionary article is an entry, title"
        " = the title as written (chapter title for chapters, final separator dropped); books and chapters of"
        " authored books, slides, notebooks and the students' reaction paper are not",
        "all 55 reference paragraphs one by one (50 entries, 5 books), every title against its line, the two"
        " references sharing one paragraph (69-70), the wrapped Olken title (154-155), the uchicago DOI with"
        " a casa_token query and the percent-encoded AEA DOI")


if __name__ == "__main__":
    main()
