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
	Run(env, fetch, func(v T, err error) {
		if err != nil {
			env.ShowError(what, fmt.Errorf("%s: %w", what, err), env.ErrorText(err))
			return
		}
		show(v)
	})
}

// Run is Load for a screen that reports a failure itself (in a status
// line, beside a form): done gets the result or the error on the UI
// goroutine, unless the event was closed meanwhile.
func Run[T any](env Env, fetch func(ctx context.Context, st *data.Store) (T, error), done func(T, error)) {
	env.Read(func(ctx context.Context, st *data.Store) func() {
		v, err := fetch(ctx, st)
		return func() {
			if ctx.Err() != nil {
				return // the event was closed meanwhile
			}
			done(v, err)
		}
	})
}

// Write runs write off the UI goroutine; back on it, a failure is logged
// with op (what was being done) and explained to the user, and a success
// tells the window (Env.Changed), then calls done (when not nil).
func Write(env Env, op string, write func(ctx context.Context, st *data.Store) error, done func()) {
	env.Go(func() {
		err := write(context.Background(), env.Store)
		env.Do(func() {
			if err != nil {
				env.ShowError(op, err, env.ErrorText(err))
				return
			}
			env.Changed()
			if done != nil {
				done()
			}
		})
	})
}
