"""Wild31 truth for bonetrade/blog-source-files Scope/Bibliography/_index.md: the bibliography of a
digital-archaeology project on the online trade in human remains (a Hugo page with TOML front matter).

Shape: one reference per paragraph (blank line between), author-year style with no Markdown at all:
``Authors. YEAR. Title. Venue volume: pages.`` with the odd bare URL or ``doi:`` text; two references
(lines 21-22, 64-65, 77-78, 164-165) wrap their URL onto a second line.  The list mixes journal articles,
chapters in edited volumes, conference papers, an arXiv preprint, books, newspaper and magazine pieces,
blog posts, a Programming Historian lesson and a GitHub repository.

Entries: journal articles, conference/workshop papers, chapters in edited volumes (also the one
"in press", line 102), the arXiv preprint (line 36), Baxter's academia.edu essay (lines 21-22), the
commentary article (line 126) and the SAA Archaeological Record special forum (line 144).
Not entries: books and edited books (lines 15, 24 first half, 52, 60, 62, 69, 75, 124, 130, 156, 158),
news and magazine pieces (38, 46, 64-65, 80, 84, 88, 106, 116, 118, 136, 138, 164-165, 177), blog posts
(77-78, 112, 114), the Programming Historian tutorial lesson (71) and the GitHub repository (146).
Two paragraphs hold two references each: line 24 (Beck's edited book, not an entry, then Bell & Croson
1998, an entry) and line 162 (Schmidhuber 2015 and Seidemann & Stojanowski 2009, both entries on line 162).
Line 42 has no full stop after its year.  Titles keep a subtitle written after a full stop (lines 17,
167) or after a question mark (line 54), and keep "?" / "?!" inside them (lines 86, 134, 173).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "bonetrade__blog-source-files__Scope__Bibliography___index@23c37e6.md"
PART = "wild31_development"

# (first line, last line, title) for every entry, by hand from the file.
ENTRIES = [
    (7, 7, "Combining image analysis and modular neural networks for classification of mineral inclusions and pores in archaeological potsherds"),
    (9, 9, "Crime and criminals in Graeco-Roman Egypt"),
    (11, 11, "Back-propagation algorithms to computer similarity relationships among archaeological artefacts"),
    (13, 13, "Beyond classification: automatic learning in archaeology and cultural studies"),
    (17, 17, "Time series and neural networks in archaeological seriations. An example on early pottery from the Near East"),
    (19, 19, "Image quantification as archaeological description"),
    (21, 22, "Neural networks in archaeology"),
    (24, 24, "Artificial neural networks as a tool for archaeological data analysis"),
    (26, 26, "Convolutional neural network for pottery retrieval"),
    (28, 28, "Large-scale visual sentiment ontology and detectors using adjective noun pairs"),
    (30, 30, "The role of conservators in facilitating the theft and trafficking of cultural objects: the case of a seized Libyan statue"),
    (32, 32, "Marijuana-related posts on Instagram"),
    (34, 34, "Protecting cultural heritage: A review of some contemporary developments in Australia and near environs"),
    (36, 36, "DeepSentiBank: Visual sentiment concept classification with deep convolutional neural networks"),
    (40, 40, "Multi-column deep neural networks for image classification"),
    (42, 42, "Huaqueros and remote sensing imagery: assessing looting damage in the Virú Valley, Peru"),
    (44, 44, "The utility of publicly-available satellite imagery for investigating looting of archaeological sites in Jordan"),
    (48, 48, "Statistics in archaeology: new directions"),
    (50, 50, "Bag-of-visual-words models for adult image classification and filtering"),
    (54, 54, "How many words in a picture worth? Automatic caption generation for news images"),
    (56, 56, "Predicting personality traits with Instagram pictures"),
    (58, 58, "Illegal activity categorization in DarkNet based on image classification using CREIC method"),
    (67, 67, "An archaeofaunal ageing comparative study into the performance of human analysis versus Hybrid Neural Network Analysis"),
    (73, 73, "Mapping the structure of the archaeological web"),
    (82, 82, "Locating human faces in newspaper photographs"),
    (86, 86, "They Sell Skulls Online?! A Review of Internet Sales of Human Skulls on eBay and the Laws in Place to Restrict Sales"),
    (90, 90, "Automatic detection of potentially illegal online sales of elephant ivory via data mining"),
    (92, 92, "A methodology for mapping Instagram hashtags"),
    (94, 94, "Zooming into an Instagram city: Reading the local through social media"),
    (96, 96, "Analyzing labeled cyberbullying incidents on the Instagram social network"),
    (98, 98, "The mainly nameless and faceless dead: an exploratory study of the illicit traffic in archaeological and ethnographic human remains"),
    (100, 100, "Local and international illicit traffic in Vietnamese cultural property: A preliminary investigation"),
    (102, 102, "Bones of contention: The online trade in archaeological, ethnographic and anatomical human remains on Instagram"),
    (104, 104, "The Insta-Dead: The rhetoric of the human remains trade on Instagram"),
    (108, 108, "Human remains sold to the highest bidder! A snapshot of the buying and selling of human skeletal remains on eBay®, an internet auction site"),
    (110, 110, "DeepGender: Occlusion and low resolution robust facial gender classification via progressively trained convolutional neural networks with attention"),
    (120, 120, "Bioarchaeological approaches to looting: A case study from Sudan"),
    (122, 122, "New directions in bioarchaeology: recent contributions to the study of human social identities"),
    (126, 126, "Commentary on: Huxley AK, Finnegan M.; Human remains sold to the highest bidder! A snapshot of the buying and selling of human skeletal remains on eBay, and internet auction site"),
    (128, 128, "Baby Talk: Understanding and generating simple image descriptions"),
    (132, 132, "Investigating archaeological looting using satellite images and GEORADAR: the experience in Lambayeque in North Peru"),
    (134, 134, "Where you Instagram?: Associating your Instagram photos with points of interest"),
    (140, 140, "Trafficking cultural objects and human rights"),
    (142, 142, "Collectors on illicit collecting: Higher loyalties and other techniques of neutralization in the unlawful collecting of rare and precious orchids and antiquities"),
    (144, 144, "Special forum: new directions in bioarchaeology"),
    (148, 148, "Computational Reproducibility in Archaeological Research: Basic Principles and a Case Study of Their Implementation"),
    (150, 150, "Open science in archaeology"),
    (152, 152, "Shifting trends of heritage destruction in Cambodia: From temples to tombs"),
    (154, 154, "Archaeology and archaeozoology of Phum Snay: a late prehistoric cemetery in northwestern Cambodia"),
    (160, 160, "Instagram photos reveal predictive markers of depression"),
    (162, 162, "Deep learning in neural networks: An overview"),
    (162, 162, "The identification of a skull recovered from an eBay sale"),
    (167, 167, "Understanding conflict through burial. Neural network analysis of death and burial in the war of 1812"),
    (169, 169, "The destruction of the cultural heritage of Thailand and Cambodia"),
    (171, 171, "The impact of visual attributes on online image diffusion"),
    (173, 173, "Visualization of social media: Seeing a mirage or a message?"),
    (175, 175, "Cultural analytics of large datasets from Flickr"),
    (179, 179, "Bodhisattva head images modeling style recognition of Dazu Rock Carvings based on deep convolutional network"),
    (181, 181, "Tracking illicit drug dealing and abuse on Instagram using multimodal analysis"),
    (183, 183, "The cultural capitalists: Notes on the ongoing reconfiguration of trafficking culture in Asia"),
    (185, 185, "A comparative taphonomic analysis of 24 trophy skulls from modern forensic cases"),
    (187, 187, "Image classificaiton using super-vector coding of local image descriptors"),
]

# Reference paragraphs (first line) that are not entries, with the reason.
NOT_ENTRIES = {
    15: "book", 38: "news", 46: "news", 52: "book", 60: "edited book", 62: "book", 64: "news",
    69: "edited book", 71: "tutorial lesson", 75: "book", 77: "blog post", 80: "news", 84: "news",
    88: "news", 106: "news", 112: "blog post", 114: "blog post", 116: "news", 118: "news",
    124: "book", 130: "book", 136: "news", 138: "news", 146: "code repository", 156: "edited book",
    158: "book", 164: "news", 177: "news",
}


def main() -> None:
    lines = read_lines(NAME)
    # every paragraph after the front matter is a reference: check each is decided exactly once
    starts = [i + 1 for i, ln in enumerate(lines) if i >= 5 and ln.strip() and not lines[i - 1].strip()]
    decided = {first for first, _, _ in ENTRIES} | set(NOT_ENTRIES)
    assert sorted(set(starts)) == sorted(decided), sorted(set(starts) ^ decided)
    papers = []
    for first, last, title in ENTRIES:
        text = " ".join(lines[first - 1:last])
        assert title in text, (first, title)
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 62, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each blank-line-separated reference paragraph whose subject is a paper (journal article, conference or"
        " workshop paper, chapter in an edited volume, preprint, essay, commentary, special forum) is an entry, two"
        " on line 162 and one (Bell & Croson) on line 24; books, news pieces, blog posts, a tutorial lesson and a"
        " GitHub repository are not; the title is the text between the year and the venue, subtitles kept.",
        "Every paragraph of the file read by eye and decided (entry or not, with reason); titles and the"
        " arXiv/DOI ids of all 62 entries checked against the lines.",
    )


if __name__ == "__main__":
    main()
