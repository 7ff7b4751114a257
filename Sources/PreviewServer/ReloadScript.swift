import PlanSite

/// The script the preview server puts before `</body>` of every page it builds (through
/// `SiteBuild.Options.reloadScript`; `plansite build` never adds it). It listens to
/// `/_plansite/events`: "reload" reloads the page when its own file or a style sheet, script
/// or image is among the changed files (the search index's files reload the search page
/// only), "errors" fetches `/_plansite/diagnostics`
/// and shows them in a fixed panel (`role="alert"`, so screen readers announce it; what a
/// message or hint puts between backticks, as the terminal shows it, set as code), "ok"
/// removes the panel, and "hallo" (sent on every connection) reloads a page that was built
/// before a change it missed while disconnected. Inline, no request leaves the server.
enum ReloadScript {
    static let path = "/_plansite/"
    static let eventsPath = path + "events"
    static let diagnosticsPath = path + "diagnostics"

    static let html = #"""
<script>/* plansite serve */(()=>{
const P="/_plansite/",I="\#(Route.searchIndex("").url)",S="\#(Route.search.file)",E=new EventSource(P+"events");let id=null,box=null;
const esc=s=>String(s??"").replace(/[&<>"]/g,c=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"})[c]);
const code=s=>esc(s).replace(/`([^`]+)`/g,"<code>$1</code>");
const hide=()=>{if(box){box.remove();box=null}};
async function show(){let ds;try{ds=await(await fetch(P+"diagnostics",{cache:"no-store"})).json()}catch(e){return}
hide();if(!ds.length)return;
box=document.createElement("section");box.id="plansite-meldingen";box.setAttribute("role","alert");box.setAttribute("aria-labelledby","plansite-meldingen-kop");
box.style.cssText="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#fff;color:#1b1b1b;border-top:.35rem solid #b3261e;box-shadow:0 -.2rem 1rem rgba(0,0,0,.35);font:1rem/1.5 system-ui,sans-serif;text-align:left";
const n=ds.filter(d=>d.severity=="error").length||ds.length;
box.innerHTML='<h2 id="plansite-meldingen-kop" style="margin:0 0 .5rem;font-size:1.2rem;color:#b3261e">'+n+(n==1?" fout":" fouten")+' in de bronnen: deze pagina toont de laatste goede versie</h2><ul style="margin:0;padding:0;list-style:none">'
+ds.map(d=>'<li style="margin:.6rem 0"><strong><code>'+esc(d.code)+'</code></strong> <code>'+esc(d.file+":"+d.line+":"+d.column)+'</code><br>'+code(d.message)+(d.hint?'<br><span style="white-space:pre-wrap">hulp: '+code(d.hint)+'</span>':'')+'</li>').join("")
+'</ul><button type="button" style="font:inherit;margin-top:.5rem;padding:.25rem .75rem">Verbergen</button>';
box.querySelector("button").onclick=hide;document.body.append(box)}
E.addEventListener("hallo",e=>{if(id&&id!==e.data)location.reload();id=e.data});
E.addEventListener("reload",e=>{const[b,...f]=e.data.split(" ");id=b;let p=decodeURIComponent(location.pathname).slice(1);if(p==""||p.endsWith("/"))p+="index.html";
if(f.some(x=>x=="*"||x==p||(x.startsWith(I)?p==S:!/\.(html|json|xml|txt)$/.test(x))))location.reload();else hide()});
E.addEventListener("errors",show);
E.addEventListener("ok",e=>{id=e.data;hide()});
})();</script>
"""#
}
