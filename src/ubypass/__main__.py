"""Lets ``python -m ubypass`` behave like the ``ub`` command."""

from ubypass.cli import main

main()
