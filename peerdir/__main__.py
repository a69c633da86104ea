from peerdir.cli import main

main()
