"""What a section's headings say it holds: papers (a reading list, paper notes), or things of another kind
(books, tools, software, courses), where a record is a paper only when it links one.  Patterns only."""

from __future__ import annotations

import re

from .item_template import OWN_PAGE, PAPER_CONTEXT
from .skipped_sections import PAPERS

#: A heading ending in a kind of thing other than papers (``Conformal Prediction Libraries in Python``,
#: ``Owl Presentation Slides``): its topic words first.
_KIND_LAST = re.compile(r"\b(?:slides|librar(?:y|ies)|tools|toolkits|software|videos?|talks|courses|books|tutorials|datasets|"
                        r"presentations?|packages|podcasts|blogs?|blog posts|websites|platforms)"
                        r"(?:[ \t]++(?:in|for|on)[ \t]++[\w .+#\-]{1,30})?+\W*+$", re.IGNORECASE)
#: A section of datasets (``Datasets``, ``Triplet Datasets``, ``Datasets & Benchmarks`` is not).
_DATASETS = re.compile(r"\bdatasets\W*+$", re.IGNORECASE)
#: Sections of things other than papers (books, courses, tools, blogs...): a record there is
#: a paper only when it links one (a book's "by Names, 2023" reads like a reference).
_OTHER_KINDS = re.compile(
    r"^\W*+(?:(?:and|&|,|/|tutorials?|books?|textbooks?|courses?|lectures?|videos?|talks?|tools?|toolkits?|toolbox(?:es)?|"
    r"software|librar(?:y|ies)|frameworks?|packages?|codes?|implementations?|blogs?|posts?|"
    r"podcasts?|websites?|resources?|people|researchers|jobs|communit(?:y|ies)|available|open[- ]source|"
    r"companies|labs?|projects?|demos?|examples?|"
    r"notebooks?|slides|news|online(?=[ \t]++\w))[ \t]*+)++\W*+$",  # ("Online" alone: a topic, "online partitioning")
    re.IGNORECASE,
)


def names_papers(path: list[str]) -> bool:
    """The headings over a section say it lists papers (a reading list, paper notes), none that it is the list's own page."""
    return any(PAPER_CONTEXT.search(h) for h in path[1:] or path) and not any(OWN_PAGE.search(h) for h in path[1:])


def other_kind(path: list[str]) -> bool:
    """A section of things other than papers (``## Software``, ``## Tutorials``): a record there is a paper only when it links one."""
    return bool(path) and bool(_OTHER_KINDS.match(path[-1]) or _KIND_LAST.search(path[-1])) and not PAPERS.search(path[-1])


#: A section of books (``Books``, ``Quantum books``, ``Textbooks``): a year is what every book has, no paper's evidence.
_BOOKS = re.compile(r"\b(?:text)?books\W*+$", re.IGNORECASE)


def books_section(path: list[str]) -> bool:
    """A section of books (``## Quantum books``): a dated record there is a book, a paper only when it links one."""
    return bool(path) and _BOOKS.search(path[-1]) is not None


def datasets_section(path: list[str]) -> bool:
    """A section of datasets (``Datasets``, ``Triplet Datasets``; ``Datasets & Benchmarks`` is not)."""
    return bool(path) and _DATASETS.search(path[-1]) is not None


#: A list item linking a file of the list's own by a title's words (``* [Owl Flight Is Silent](owls/owl-flight.md)``).
_NOTE_ITEM = re.compile(r"^[ \t]*+[-*+][ \t]++\[(?P<t>[^\[\]\n]{12,300})\]\((?!#|[a-z]++:)[^()\s]++(?<=\.md)\)[ \t]*+$", re.IGNORECASE)
#: The fewest such items a contents section needs to be a book's table of contents.
_NOTES_AT_LEAST = 10


def notes_contents(lines: list[str]) -> bool:
    """Whether a "Table of contents" section is a notes book's (GitBook's ``SUMMARY.md``): ten items or more link
    its own Markdown files, by titles of four words or more for two in three of them (a list's contents link its
    headings, ``[Vision](#vision)``): its items are the papers its notes are about."""
    titled = linked = 0
    for line in lines:
        if "](" in line and (m := _NOTE_ITEM.match(line)) is not None:
            linked += 1
            titled += len(m.group("t").split()) >= 4
    return linked >= _NOTES_AT_LEAST and 3 * titled >= 2 * linked
