"""Choosing Alt letters for field labels (pure functions; the editor uses them per step)."""

from __future__ import annotations

from prosjektark.ui.editor.mnemonics import choose_letters, mnemonic_of, with_mnemonic


def test_word_starts_first_then_any_free_letter_and_never_a_reserved_one() -> None:
    labels = ["Tittel", "Tiltaksområde", "Fase", "Kommuner"]
    picks = choose_letters(labels, reserved={"f", "k"})
    texts = [with_mnemonic(label, i) for label, i in zip(labels, picks, strict=True)]
    assert texts == ["&Tittel", "T&iltaksområde", "F&ase", "K&ommuner"]
    letters = [mnemonic_of(t) for t in texts]
    assert len(set(letters)) == len(letters) and not {"f", "k"} & set(letters)


def test_no_free_letter_gives_none_and_ampersands_stay_literal() -> None:
    assert choose_letters(["ab"], reserved={"a", "b"}) == [None]
    assert with_mnemonic("Drift & vedlikehold", None) == "Drift && vedlikehold"
    assert with_mnemonic("Drift & vedlikehold", 8) == "Drift && &vedlikehold"
    assert mnemonic_of("Drift && &vedlikehold") == "v"
    assert mnemonic_of("Drift && vedlikehold") is None


def test_without_mnemonic_keeps_literal_ampersands() -> None:
    from prosjektark.ui.editor.mnemonics import without_mnemonic

    assert without_mnemonic("Signer og &eksporter …") == "Signer og eksporter …"
    assert without_mnemonic("Drift && &vedlikehold") == "Drift & vedlikehold"
