// Command ferretdb-launcher runs FerretDB (a MongoDB wire-protocol server) on
// SQLite for Athar's tests. FerretDB's own cmd/ferretdb panics when built from
// the module (its version file is generated at release time), so we embed the
// library instead.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on")
	dir := flag.String("dir", "", "directory for the SQLite databases (required)")
	handler := flag.String("handler", "sqlite", "backend: sqlite or postgresql")
	pgURL := flag.String("postgresql-url", "postgres://127.0.0.1:5432/ferretdb", "PostgreSQL URL for -handler=postgresql")
	flag.Parse()

	cfg := &ferretdb.Config{
		Listener: ferretdb.ListenerConfig{TCP: *listen},
		Handler:  *handler,
	}
	switch *handler {
	case "sqlite":
		if *dir == "" {
			log.Fatal("ferretdb-launcher: -dir is required for the sqlite handler")
		}
		abs, err := filepath.Abs(*dir)
		if err != nil {
			log.Fatalf("ferretdb-launcher: %v", err)
		}
		if err := os.MkdirAll(abs, 0o700); err != nil {
			log.Fatalf("ferretdb-launcher: %v", err)
		}
		cfg.SQLiteURL = "file:" + abs + "/"
	case "postgresql":
		cfg.PostgreSQLURL = *pgURL
	default:
		log.Fatalf("ferretdb-launcher: unknown handler %q", *handler)
	}

	f, err := ferretdb.New(cfg)
	if err != nil {
		log.Fatalf("ferretdb-launcher: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	log.Printf("ferretdb-launcher: listening on %s (%s)", *listen, *handler)
	if err := f.Run(ctx); err != nil && ctx.Err() == nil {
		log.Fatalf("ferretdb-launcher: %v", err)
	}
}
