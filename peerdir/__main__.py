from peerdir.cli import main

if __name__ == "__main__":  # `python -m peerdir`; importing this module (pydoc, coverage) runs nothing
    main()
