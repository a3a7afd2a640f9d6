"""Wild22 truth for jacobeisenstein/gt-nlp-class Schedule.md: a university NLP course schedule (Georgia Tech CS 4650/7650, Fall 2015).

Commit 40f27f1 is the last version of the file: the next commit (dc11a76, "more updates for sp 2017")
deleted it and the HEAD README points to a Google spreadsheet, so HEAD has no list.

Shape: one '### <date>: <topic> ###' heading per class, a one-line description, then bullets:
'Reading:' / '**Reading**:' (required) and 'Optional reading:' / 'Optional supplementary reading:' /
'Optional advanced reading:' / 'Optional:' bullets whose readings are inline links '[text](url)',
several per bullet separated by ';' or ',', sometimes wrapped onto the next line (27-29, 39-40,
91-93, 126-127, 166-167, 175-178, 188-189, 227-228, 236-237, 260-261).  The link text is a title,
a shortened/reworded title, a nickname, or author names.  The bullets also hold homeworks, problem
sets, demos, slides and admin notes.

What is an entry: a linked reading whose subject is a scholarly work: research papers, survey
articles, published chapters of edited research volumes (Knight and May, line 91; the CRF tutorial
chapter, 126; Steedman and Baldridge's CCG chapter, 178) and an encyclopedia article (Jerry Zhu's
survey, 260).  Not entries: the textbooks and their chapters (Bender's 'Linguistic Fundamentals for
NLP' 11/81, 'Foundations of Statistical NLP' 15, 'Jurafsky and Martin' 83, the 'Short textbook on
dependency parsing' 177, 'Jerry Zhu's book' 261, 'my notes'); lecture notes, slides and handouts
(Collins's course notes: 'log-linear models' 38/47, 'Tagging problems and hidden Markov models' 106,
'Conditional random fields' 113, 'Probabilistic context-free grammars' 156, 'The inside-outside
algorithm' 166, 'IBM models 1 and 2' 235; the probability reviews 16-17; 'OpenFST slides' 92;
'intro to CCG' 173; Levy and Manning's lecture 186; Briscoe's course notes 188; Chiang's
synchronous-grammar tutorial notes 236; Grishman's Tarragona summer-school notes 245; the LXMLS
lab guide 29); web pages (Python docs 13, Vox 19, Wikipedia 65, conference/lab/workshop sites 97/119,
Language Log 179, the word2vec blog tutorial 209), videos, demos, homeworks and problem sets.

Title: the link text as written, when it is the work's title or a shortened or reworded form of it
('survey on word sense disambiguation', 'passive-aggressive learning', 'Discriminative training of
HMMs', 'SRL via ILP', 'Vector-space models', 'Multi-pass sieve', ...); a final '...' (line 228) is
dropped.  Null when the link text is only author names ('Knight and May' 91, 'Gildea and Jurafsky'
and 'Banarescu et al' 197), a possessive ('Jerry Zhu's survey' 260), a method nickname ('adagrad'
40, 'LTAG' 178, 'AMR parsing' 199, 'CRF tutorial' 126) or a description ('Much more about CCG' 178).
Several entries share a line (40, 74, 126, 178, 197, 198, 219, 228); each entry is its own line, and
its ids are read from its own link's URL only (the Wiley DOI on line 178 belongs to 'LTAG' alone).
Count check: 112 links in the file; 32 of them are entries (9 with a null title).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import arxiv_of, doi_of, entry, read_lines, write_truth

NAME = "jacobeisenstein__gt-nlp-class__Schedule@40f27f1.md"
PART = "wild22_development"
LINK = re.compile(r"\[([^\]]*)\]\(([^)]*)\)")
KEEP, NULL = "keep", None
# (line, link text) -> KEEP (title = link text) or NULL (no title); every other link is not an entry
ENTRIES = {
    (28, "Sentiment analysis and opinion mining"): KEEP,
    (38, "survey on word sense disambiguation"): KEEP,
    (40, "adagrad"): NULL,
    (40, "passive-aggressive learning"): KEEP,
    (74, "An empirical study of smoothing techniques for language models"): KEEP,
    (74, "A hierarchical Bayesian language model based on Pitman-Yor processes"): KEEP,
    (91, "Knight and May"): NULL,
    (93, "Weighted Finite-State Transducers in speech recognition"): KEEP,
    (126, "Discriminative training of HMMs"): KEEP,
    (126, "CRF tutorial"): NULL,
    (127, "Two decades of unsupervised POS tagging: how far have we come?"): KEEP,
    (167, "Corpus-based induction of linguistic structure"): KEEP,
    (176, "Characterizing the errors of data-driven dependency parsing models"): KEEP,
    (178, "Much more about CCG"): NULL,
    (178, "LTAG"): NULL,
    (178, "Probabilistic disambiguation models for wide-coverage HPSG"): KEEP,
    (189, "Learning to map sentences to logical form"): KEEP,
    (197, "Gildea and Jurafsky"): NULL,
    (197, "Banarescu et al"): NULL,
    (198, "SRL via ILP"): KEEP,
    (198, "Syntactic parsing in SRL"): KEEP,
    (199, "AMR parsing"): NULL,
    (207, "Vector-space models"): KEEP,
    (219, "Multi-pass sieve"): KEEP,
    (219, "Large-scale multi-document coreference"): KEEP,
    (219, "Easy victories and uphill battles"): KEEP,
    (225, "Discourse structure and language technology"): KEEP,
    (228, "Modeling local coherence"): KEEP,
    (228, "Sentence-level discourse parsing"): KEEP,
    (228, "Analysis of discourse structure..."): KEEP,
    (237, "Statistical machine translation"): KEEP,
    (260, "Jerry Zhu's survey"): NULL,
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    links = 0
    seen = set()
    for i, text in enumerate(lines, 1):
        for m in LINK.finditer(text):
            links += 1
            key = (i, m.group(1))
            if key not in ENTRIES:
                continue
            seen.add(key)
            title = m.group(1).removesuffix("...") if ENTRIES[key] == KEEP else None
            e = entry(lines, i, i, title)
            e["arxiv"], e["doi"] = arxiv_of(m.group(2)), doi_of(m.group(2))  # this link's own ids only
            papers.append(e)
    assert seen == set(ENTRIES), set(ENTRIES) - seen
    assert links == 112, links
    assert len(papers) == 32, len(papers)
    assert sum(p["title"] is None for p in papers) == 9
    write_truth(NAME, PART, papers,
                "every linked reading whose subject is a scholarly work (paper, survey, published chapter of an edited"
                " volume, encyclopedia article) is an entry, title = its link text, null when the link text is author"
                " names, a possessive, a nickname or a description; textbooks and their chapters, lecture notes,"
                " slides, tutorial handouts, web pages, videos, demos and assignments are not entries",
                "every one of the 112 links in the file classified by eye (readings looked up by their URLs to tell"
                " papers from course notes and book chapters); all 32 entries compared with the -v output; arXiv id"
                " 1207.1420 (line 189) and the Wiley DOI (line 178) checked")


if __name__ == "__main__":
    main()
