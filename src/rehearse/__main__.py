from rehearse.cli import main

raise SystemExit(main())
