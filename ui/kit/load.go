package kit

import (
	"context"
	"fmt"

	"lodesk/data"
)

// Load reads with fetch off the UI goroutine (Env.Read), then calls show
// with the result on it. Nothing is shown when the event was closed
// meanwhile (the read's context is cancelled); a failure is logged with
// what was being done and explained to the user.
func Load[T any](env Env, what string, fetch func(ctx context.Context, st *data.Store) (T, error), show func(T)) {
	env.Read(func(ctx context.Context, st *data.Store) func() {
		v, err := fetch(ctx, st)
		return func() {
			if ctx.Err() != nil {
				return // the event was closed meanwhile
			}
			if err != nil {
				env.ShowError(what, fmt.Errorf("%s: %w", what, err), env.ErrorText(err))
				return
			}
			show(v)
		}
	})
}
