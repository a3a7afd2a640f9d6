"""Wild35 truth for Pittsburgh-NEH-Institute/Institute-Materials-2017 general/references.md: the
bibliography of a digital-humanities summer institute (textual scholarship, TEI, collation).

Shape: `## Readings` with `###` topic sections, each a `*` bullet list of MLA-like citations in plain
text: "Surname, First. YEAR. "Article title." _Container_, vol., pp. Place: Publisher. <url>" for
articles, chapters and papers; "Surname, First. YEAR. _Book title._ Place: Publisher." for books.
Books are not entries, so the decision is made per bullet by the file's own convention: a bullet whose
work title is in quotation marks (an article, chapter, proceedings paper, preprint PDF) is an entry,
and so is a Ph.D. thesis (lines 34, 50, 86; 50 and 86 italicise the thesis title); a bullet whose title
is only italic (a monograph or an edited volume, e.g. lines 7-12, 14-16, 33, 70 "Text genetics ... and
other essays", 107) is a book and not an entry. Also not entries: line 21 (an address read to the
Faculty Senate), line 23 (course materials), 39/41 (textbooks), 56 and 92 (encoding guidelines), line
108 (the Gothenburg model, a web page), the journals (133-134) and the software/tools section
(136-153). Line 61 is a stray fragment ("Access to Textual Cultural Heritage._ New York: ACM.") left
behind by an edit, not a record. Titles are taken from inside the quotation marks (the marks and the
separator after them dropped; a title's own '?' kept, e.g. line 17 '...what is not?.' -> '...what is
not?'), inner quotes kept (line 129 "‘So the colours cover the wires’: ..."), italics inside a title
removed (line 82 "_Bdinski sbornik_"). Lines 111 and 119 give a DOI as `doi:` text.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "Pittsburgh-NEH-Institute__Institute-Materials-2017__general__references@1039ecc.md"
PART = "wild35_development"

TITLES = {
    13: "Digital methods: Five challenges",
    17: "What is humanities computing and what is not?",
    22: "Task-driven programming pedagogy in the Digital Humanities",
    25: "Procedural literacy: educating the new media practitioner",
    26: "Teaching Skills or Teaching Methodology?",
    27: "Hands-on teaching Digital Humanities: a didactic analysis of a summer school course on digital editing",
    28: "Scholarly primitives: What methods do humanities researchers have in common, and how might our tools reflect this",
    32: "The Digital Edition 2.0 and the Digital Library: Services, not Resources",
    34: "Reflexive inertia: reinventing scholarship through digital practices",
    35: "Documenting the Reinvention of Text. The Importance of Failure",
    36: "If you build it, will we come? Large scale digital infrastructures as a dead end for Digital Humanities",
    40: "Text Analysis",
    42: "Stylogenetics: Clustering-based stylistic analysis of literary corpora",
    43: "Advances in writer identification and verification",
    47: "The third way: philology and critical edition in the digital age",
    48: "What are you trying to say? The interface as an integral element of argument",
    50: "Mapping invention in writing: digital infrastructure and the role of the genetic editor",
    53: "Editing a fluid text",
    57: "Critical editing in a digital horizon",
    58: "Medieval manuscripts, hypertext and reading. Visions of digital editions",
    59: "Reflections on cultural heritage and Digital Humanities: modelling in practice and theory",
    60: "Give us editors! Re-inventing the edition and re-thinking the humanities",
    62: "The compleat edition",
    64: "What is a literary craft? Toward a functional typology of genetic documentation",
    65: "The editor in the interface. Guiding the user through texts and images",
    69: "Theorizing the digital scholarly edition",
    72: "Modeling: a study in words and meanings",
    74: "Marking texts of many dimensions",
    76: "Edition, Project, Database, Archive, Thematic Research Collection: What's in a Name?",
    77: "Towards a theory of digital editions",
    81: "Orientations to text, revisited",
    82: "Editing the _Bdinski sbornik_ as a multilayered reality",
    83: "Toward modeling the social edition: An approach to understanding the electronic scholarly edition in the context of new and emerging social media",
    84: "Modeling a digital scholarly edition for genetic criticism: a digital rapprochement",
    86: "How can you love a work, if you don’t know it? Critical code and design. Towards participatory digital editions",
    91: "Le codage en TEI des brouillons de Proust: vers l'édition numérique",
    94: "When not to use TEI",
    95: "Towards a semantics for XML markup",
    96: "Meaning and interpretation of markup",
    97: "Towards a Model for Encoding Correspondence in the TEI: Developing and Implementing correspDesc",
    98: "Digital Philology, medieval texts, and the Corpus of Latin Rhythms, a Digital Edition of Music and Poems",
    99: "The Layered Markup and Annotation Language (LMNL)",
    103: "Why phylogenetic methods work: the theory of evolution and textual criticism",
    104: "Machine-assisted multilingual alignment of the Old Church Slavonic Codex Suprasliensis",
    105: "Machine-assisted normalization of the Old Church Slavonic Codex Suprasliensis",
    106: "Including XML markup in the automated collation of Literary text",
    109: "The text as product and process. History, genesis, experiments",
    110: "Computer-supported collation of modern manuscripts: CollateX and the Beckett Digital Manuscript Project",
    111: "Merging multi-version texts: a generic solution to the overlap problem",
    112: "A data structure for representing multi-version texts online",
    118: "Sequence, tree and graph at the tip of your Java classes",
    119: "It's more than just overlap: Text As Graph",
    120: "GrAF: A graph-based format for linguistic annotations",
    121: "Expressive power of markup languages and graph structures",
    125: "Humanities approaches to graphical display",
    127: "TRAViz: a visualization for variant graphs",
    128: "Digital visualization as a scholarly activity",
    129: "‘So the colours cover the wires’: interface, aesthetics and usability",
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for ln, title in sorted(TITLES.items()):
        text = lines[ln - 1]
        assert text.startswith("* "), ln
        assert title in text, (ln, title)
        papers.append(entry(lines, ln, ln, title))
    # every other bullet of the Readings part is a book, guideline, talk, course or web page
    bullets = [i + 1 for i, t in enumerate(lines[:135]) if t.startswith("* ")]
    others = sorted(set(bullets) - set(TITLES))
    assert others == [7, 8, 9, 10, 11, 12, 14, 15, 16, 21, 23, 24, 33, 39, 41, 49, 51, 52, 54, 55, 56,
                      63, 66, 67, 68, 70, 71, 73, 75, 78, 79, 80, 85, 92, 93, 107, 108, 126, 130, 133, 134], others
    assert len(papers) == 58, len(papers)
    write_truth(
        NAME, PART, papers,
        "A bullet citing a work whose title is in quotation marks (article, chapter, proceedings paper, preprint) or a Ph.D. thesis is an entry; italic-only titles are books/edited volumes and not entries; title = the text inside the quotation marks (or the thesis title) with markup removed.",
        "Every bullet of the Readings sections read by eye and classified (58 entries, 41 non-entries listed in the script); the stray fragment on line 61, the theses (34, 50, 86), the '?.' title on 17 and the doi: text on 111 and 119 checked.",
    )


if __name__ == "__main__":
    main()
