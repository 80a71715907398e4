"""Copies the top-level resources/ into the package when a wheel is built.

The source tree keeps resources/ beside desktop/ (see DESIGN.md); an installed wheel
needs them inside the package, where paths.resource_dir() looks for them.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        src = Path(__file__).parent / "resources"
        if not src.is_dir():
            # An sdist made without MANIFEST.in's `graft resources` would give a wheel
            # that cannot start; stop here rather than later on the user's machine.
            raise SystemExit(f"resources/ not found beside setup.py ({src}); see MANIFEST.in")
        dst = Path(self.build_lib) / "prosjektark" / "resources"
        if dst.exists():
            shutil.rmtree(dst)
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))


setup(cmdclass={"build_py": BuildPyWithResources})
