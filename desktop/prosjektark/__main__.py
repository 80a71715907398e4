from prosjektark.cli import main

raise SystemExit(main())
