"""Records whose first line shows they are no paper (zoterodigest/digest/generic/non_papers.py)."""

from __future__ import annotations

from zoterodigest.digest.generic.non_papers import book_record, field_label, labelled_or_online, online_resource


def test_a_gbt_online_resource_is_no_paper() -> None:
    assert online_resource("[12] BARN A, TAWNY B. OWLTRACK-GPL[EB/OL]. 2013. https://github.com/barn-owls/owltrack.")
    assert not online_resource("[11] BARN A. Parallel tracking of owls[C]// IEEE ISMAR, 2009:83-86.")
    assert not online_resource("[13] BARN A. Owls online[J/OL]. Owl Letters, 2021.")


def test_a_field_label_written_as_one_is_no_paper() -> None:
    assert field_label("Citation", "- **Citation:** Proceedings of STOC 1996")
    assert field_label("Citation:", "- Citation : SIAM J. Comput. 26(5)")
    assert not field_label("TLDR", "[TLDR](https://ritvik19.medium.com/tldr) | April 2020 | Extreme summarization")
    assert not field_label("Owls at Night", "- **Owls at Night:** a survey")
    assert labelled_or_online("Citation", "- **Citation:** Proceedings of FOCS 1994")


def test_a_gost_book_by_its_imprint_and_pages_is_no_paper() -> None:
    assert book_record("1. **Барнов У. Совы и амбары. Пер. с англ.** -М.: Химия, 2009.-400 с.")
    assert book_record("3. **The application of owl mechanics to barns / Ed. by D.R.Moore.**-Amsterdam etc.: Elsevier, 2004.-IX, 288 p.")
    assert book_record("5. **Hoot J. Owls and interfaces with mice.** -Chichester: Wiley, 2009.-XII, 376 p.")
    assert not book_record("2. **Xue K., Xu Zh. Strain effects on owl hydrogenation: A first-principles study.** "
                           "-Owl Lett.-2010.-Vol.96, N 6, p.063103-1.")
    assert not book_record("4. **Chico L., Barn W. et al. Unzipped owls.** -Acta Owlica A.-2010.-Vol.118, N 3, p.433-441.")


def test_a_post_a_thread_or_an_interview_cited_as_a_reference_is_no_paper() -> None:
    from zoterodigest.digest.generic.non_papers import book_or_part

    assert book_or_part("On Owls and Reasoning", "Hoot, F. (2024). On Owls and Reasoning. X/Twitter-Thread und Forschung.", False, None)
    assert book_or_part("Owls als Datenbanken", "Barn, S. (2024). Owls als Datenbanken. Interview zur KI-Forschung.", False, None)
    assert book_or_part("System 1.42", "Tawny, C. (2025). System 1.42 – Wie Eulen funktionieren. *Owl Blog*. https://x.org/b", False, None)
    assert not book_or_part("Owls on Twitter", "Barn, A. (2020). Owls on Twitter. Journal of Owl Studies, 3(2), 1-9.", False, None)
    assert not book_or_part("Owl threads", "Barn, A. (2020). Owl threads. Thread Science, 3(2), 1-9.", False, None)
    assert not book_or_part("Owl blogs", "Barn, A. (2020). Owl blogs. Blog Research Letters, 3(2), 1-9.", True, None)
    assert not book_or_part("Owl ontogeny", "Barn, J. (2011). Owl ontogeny. Newsletter of the Owl Committee. 8(2): 3-4.", False, None)
    assert not book_or_part("Gossip Is Owls", '**HOOT Kevin**. "Gossip Is Owls". Interview avec Ann Barn. *Owls*, mai 1995, n°3-5, p. 147-151.',
                            False, None)
    assert not book_or_part("Owls are unsupervised learners", "**Owls are unsupervised learners**, OwlAI Blog, 2020 "
                            "[[paper](https://cdn.owlai.com/owls.pdf)]", False, None)
