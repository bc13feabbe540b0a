// Command s3-launcher serves the S3 API on a local port for Athar's tests, with objects kept
// in memory: a stand-in for MinIO or any S3-compatible store where none can be installed.
package main

import (
	"context"
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:9000", "TCP address to listen on")
	bucket := flag.String("bucket", "", "a bucket to create at start (optional)")
	flag.Parse()

	backend := s3mem.New()
	if *bucket != "" {
		if err := backend.CreateBucket(*bucket); err != nil {
			log.Fatalf("s3-launcher: %v", err)
		}
	}
	faker := gofakes3.New(backend, gofakes3.WithAutoBucket(true))
	ln, err := net.Listen("tcp", *listen)
	if err != nil {
		log.Fatalf("s3-launcher: %v", err)
	}
	server := &http.Server{Handler: faker.Server(), ReadHeaderTimeout: 10 * time.Second}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = server.Shutdown(shutdown)
	}()
	log.Printf("s3-launcher: listening on %s", ln.Addr())
	if err := server.Serve(ln); err != nil && err != http.ErrServerClosed {
		log.Fatalf("s3-launcher: %v", err)
	}
}
